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
    <name>pw</name>
    <message>
        <location filename="../../core/eval/batchresults.cpp" line="27"/>
        <source>invalid JSON at offset %1: %2</source>
        <translation>オフセット %1 の JSON が不正です: %2</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchresults.cpp" line="31"/>
        <source>must be a JSON object</source>
        <translation>JSON オブジェクトである必要があります</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchresults.cpp" line="41"/>
        <source>custom_id: &quot;%1&quot; does not match ^[a-zA-Z0-9_-]{1,64}$</source>
        <translation>custom_id: &quot;%1&quot; は ^[a-zA-Z0-9_-]{1,64}$ に一致しません</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchresults.cpp" line="42"/>
        <source>custom_id: must be a string (found %1)</source>
        <translation>custom_id: 文字列である必要があります（検出された型: %1）</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchresults.cpp" line="57"/>
        <source>an error without a description</source>
        <translation>説明のないエラー</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchresults.cpp" line="77"/>
        <source>result: must be an object (found %1)</source>
        <translation>result: オブジェクトである必要があります（検出された型: %1）</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchresults.cpp" line="108"/>
        <source>canceled: the batch was canceled before this request ran</source>
        <translation>canceled: このリクエストの実行前にバッチが中止されました</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchresults.cpp" line="113"/>
        <source>expired: the batch ended (after 24 hours) before this request ran</source>
        <translation>expired: このリクエストの実行前にバッチが（24 時間後に）終了しました</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchresults.cpp" line="116"/>
        <source>result.type: &quot;%1&quot; is none of succeeded, errored, canceled, expired</source>
        <translation>result.type: &quot;%1&quot; は succeeded、errored、canceled、expired のいずれでもありません</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchresults.cpp" line="140"/>
        <source>response.status_code: must be a number (found %1)</source>
        <translation>response.status_code: 数値である必要があります（検出された型: %1）</translation>
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
        <location filename="../../core/api/apierror.cpp" line="211"/>
        <source>network error</source>
        <translation>ネットワークエラー</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="214"/>
        <source>timeout</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="217"/>
        <source>canceled</source>
        <translation>中止</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="220"/>
        <source>invalid response</source>
        <translation>無効な応答</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="223"/>
        <source>response too large</source>
        <translation>応答が大きすぎます</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="226"/>
        <source>stream error</source>
        <translation>ストリームエラー</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="229"/>
        <source>insecure URL</source>
        <translation>安全でない URL</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="232"/>
        <source>configuration error</source>
        <translation>設定エラー</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="242"/>
        <source>(request %1)</source>
        <translation>（リクエスト %1）</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="266"/>
        <source>the server redirects to %1; redirects are not followed, set the base URL to the final address</source>
        <translation>サーバーは %1 へリダイレクトしています。リダイレクトには従わないため、ベース URL を最終的なアドレスに設定してください</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="279"/>
        <source>unexpected JSON body: %1</source>
        <translation>予期しない JSON 本文: %1</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="285"/>
        <source>the server answered with %1</source>
        <translation>サーバーは %1 を返しました</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="294"/>
        <source>an empty body</source>
        <translation>空の本文</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="301"/>
        <source>an HTML page instead of JSON</source>
        <translation>JSON ではなく HTML ページ</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="302"/>
        <source>an HTML page (&quot;%1&quot;) instead of JSON</source>
        <translation>JSON ではなく HTML ページ &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="304"/>
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
        <location filename="../../core/api/apijob.cpp" line="25"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="26"/>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="32"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="33"/>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="143"/>
        <source>the request to %1 was canceled</source>
        <translation>%1 へのリクエストは中止されました</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="151"/>
        <source>no network manager: the API client is gone</source>
        <translation>ネットワークマネージャーがありません: API クライアントはすでに破棄されています</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="159"/>
        <source>no API key for %1 (set ANTHROPIC_API_KEY or store a key)</source>
        <translation>%1 の API キーがありません（ANTHROPIC_API_KEY を設定するか、キーを保存してください）</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="163"/>
        <source>the API key contains spaces, line breaks or non-ASCII characters; check how it was pasted</source>
        <translation>API キーに空白、改行、または ASCII 以外の文字が含まれています。貼り付け方を確認してください</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="168"/>
        <source>invalid anthropic-beta value &quot;%1&quot;</source>
        <translation>無効な anthropic-beta の値 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="226"/>
        <source>cannot read the request body %1: %2</source>
        <translation>リクエスト本文 %1 を読み取れません: %2</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="267"/>
        <source>the answer from %1 announces %2, more than the limit of %3</source>
        <translation>%1 からの応答のサイズは %2 と通知されており、上限の %3 を超えています</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="307"/>
        <source>the answer from %1 is larger than the limit of %2</source>
        <translation>%1 からの応答が上限の %2 を超えています</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="373"/>
        <source>no answer from %1 within %2</source>
        <translation>%2 以内に %1 から応答がありませんでした</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="374"/>
        <source>%1 stopped sending for %2</source>
        <translation>%1 からの送信が %2 途絶えました</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="390"/>
        <source>the download from %1 broke off after %2: %3</source>
        <translation>%1 からのダウンロードが %2 の後で途切れました: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/api/apijob.cpp" line="394"/>
        <source>the stream broke off after %n events: %1</source>
        <translation>
            <numerusform>イベント %n 件の後でストリームが途切れました: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="400"/>
        <source>%1 gave no HTTP answer</source>
        <translation>%1 から HTTP 応答がありませんでした</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="419"/>
        <source>expected an event stream from %1, but the server answered with %2</source>
        <translation>%1 からはイベントストリームが返るはずでしたが、サーバーは %2 を返しました</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="423"/>
        <source>%1 answered with %2</source>
        <translation>%1 は %2 を返しました</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="427"/>
        <source>%1 answered with JSON that is not an object</source>
        <translation>%1 はオブジェクトではない JSON を返しました</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="431"/>
        <source>unexpected answer from %1: %2</source>
        <translation>%1 からの予期しない応答: %2</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="453"/>
        <source>%1 refused the connection</source>
        <translation>%1 が接続を拒否しました</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="456"/>
        <source>host %1 not found</source>
        <translation>ホスト %1 が見つかりません</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/api/apijob.cpp" line="462"/>
        <source>%1 closed the connection in the middle of the answer (after %n bytes)</source>
        <translation>
            <numerusform>%1 が応答の途中で接続を閉じました（%n バイト受信後）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="465"/>
        <source>%1 closed the connection without answering</source>
        <translation>%1 が応答せずに接続を閉じました</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="469"/>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>%1 との TLS ハンドシェイクに失敗しました: %2</translation>
    </message>
    <message>
        <location filename="../../core/api/batchjobs.cpp" line="20"/>
        <source>%1: must be %2 (found %3)</source>
        <translation>%1: %2 である必要があります（検出された値: %3）</translation>
    </message>
    <message>
        <location filename="../../core/api/batchjobs.cpp" line="31"/>
        <source>a whole number from 0</source>
        <translation>0 以上の整数</translation>
    </message>
    <message>
        <location filename="../../core/api/batchjobs.cpp" line="45"/>
        <location filename="../../core/api/batchjobs.cpp" line="58"/>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <location filename="../../core/api/batchjobs.cpp" line="57"/>
        <source>id: &quot;%1&quot; is not a batch id</source>
        <translation>id: &quot;%1&quot; はバッチ ID ではありません</translation>
    </message>
    <message>
        <location filename="../../core/api/batchjobs.cpp" line="81"/>
        <source>processing_status: &quot;%1&quot; is none of %2</source>
        <translation>processing_status: &quot;%1&quot; は %2 のいずれでもありません</translation>
    </message>
    <message>
        <location filename="../../core/api/batchjobs.cpp" line="88"/>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location filename="../../core/api/batchjobs.cpp" line="100"/>
        <source>results_url: missing although the batch has ended</source>
        <translation>results_url: バッチは終了していますが、ありません</translation>
    </message>
    <message>
        <location filename="../../core/api/batchjobs.cpp" line="119"/>
        <source>status: &quot;%1&quot; is none of %2</source>
        <translation>status: &quot;%1&quot; は %2 のいずれでもありません</translation>
    </message>
    <message>
        <location filename="../../core/api/batchjobs.cpp" line="126"/>
        <source>&quot;%1&quot; is not a file id</source>
        <translation>&quot;%1&quot; はファイル ID ではありません</translation>
    </message>
    <message>
        <location filename="../../core/api/batchjobs.cpp" line="144"/>
        <source>line %1: </source>
        <translation>%1 行目: </translation>
    </message>
    <message>
        <location filename="../../core/api/batchjobs.cpp" line="148"/>
        <source>the server refused the batch</source>
        <translation>サーバーがバッチを拒否しました</translation>
    </message>
    <message>
        <location filename="../../core/api/batchjobs.cpp" line="206"/>
        <source>a file id</source>
        <translation>ファイル ID</translation>
    </message>
    <message>
        <location filename="../../core/api/batchjobs.cpp" line="258"/>
        <source>line %1 of the answer from %2 is longer than %3 MiB</source>
        <translation>%2 からの応答の %1 行目が %3 MiB を超えています</translation>
    </message>
    <message>
        <location filename="../../core/api/batchjobs.cpp" line="346"/>
        <source>the batch&apos;s results_url %1 is not on the API server %2; the API key is only sent there</source>
        <translation>バッチの results_url %1 は API サーバー %2 上にありません。API キーはそのサーバーにだけ送信されます</translation>
    </message>
</context>
<context>
    <name>pw::AssertionEditor</name>
    <message>
        <location filename="../../ui/evaluate/assertioneditor.cpp" line="24"/>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/assertioneditor.cpp" line="25"/>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/assertioneditor.cpp" line="26"/>
        <source>&amp;Not (passes when the check fails)</source>
        <translation>否定(&amp;N)（チェックが失敗したときに合格）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/assertioneditor.cpp" line="27"/>
        <source>T&amp;hreshold:</source>
        <translation>しきい値(&amp;H):</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/assertioneditor.cpp" line="29"/>
        <source>The case passes when its &amp;score reaches:</source>
        <translation>ケースが合格するスコア(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/assertioneditor.cpp" line="32"/>
        <source>Assertions of %1</source>
        <translation>%1 のアサーション</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/assertioneditor.cpp" line="47"/>
        <source>e.g. Paris; a list: a,b,c; is-json: a JSON Schema</source>
        <translation>例: Paris。リスト: a,b,c。is-json: JSON Schema</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/assertioneditor.cpp" line="69"/>
        <source>&amp;Type:</source>
        <translation>種類(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/assertioneditor.cpp" line="71"/>
        <source>&amp;Value:</source>
        <translation>値(&amp;V):</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/assertioneditor.cpp" line="72"/>
        <source>&amp;Weight:</source>
        <translation>重み(&amp;W):</translation>
    </message>
</context>
<context>
    <name>pw::AtomicWrite</name>
    <message>
        <location filename="../../core/document/atomicwrite.cpp" line="20"/>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>pw::AutosaveStore</name>
    <message>
        <location filename="../../core/document/autosavestore.cpp" line="75"/>
        <source>autosave: &quot;%1&quot; is not a valid key (use AutosaveStore::newKey())</source>
        <translation>自動保存: &quot;%1&quot; は有効なキーではありません（AutosaveStore::newKey() を使用してください）</translation>
    </message>
    <message>
        <location filename="../../core/document/autosavestore.cpp" line="82"/>
        <source>cannot create the autosave folder %1</source>
        <translation>自動保存フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <location filename="../../core/document/autosavestore.cpp" line="124"/>
        <source>invalid JSON at byte %1: %2</source>
        <translation>バイト %1 の JSON が不正です: %2</translation>
    </message>
    <message>
        <location filename="../../core/document/autosavestore.cpp" line="129"/>
        <source>not a Promptwerk recovery file</source>
        <translation>Promptwerk の復元ファイルではありません</translation>
    </message>
    <message>
        <location filename="../../core/document/autosavestore.cpp" line="133"/>
        <source>recovery file version %1 is not one this Promptwerk reads (%2)</source>
        <translation>復元ファイルのバージョン %1 は、この Promptwerk では読み込めません（%2）</translation>
    </message>
    <message>
        <location filename="../../core/document/autosavestore.cpp" line="144"/>
        <source>%1: must be an object</source>
        <translation>%1: オブジェクトである必要があります</translation>
    </message>
    <message>
        <location filename="../../core/document/autosavestore.cpp" line="175"/>
        <source>autosave: &quot;%1&quot; is not a valid key</source>
        <translation>自動保存: &quot;%1&quot; は有効なキーではありません</translation>
    </message>
</context>
<context>
    <name>pw::BatchRun</name>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="71"/>
        <source>invalid JSON at offset %1: %2</source>
        <translation>オフセット %1 の JSON が不正です: %2</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="77"/>
        <source>not a batch state file (format must be &quot;promptwerk-batch-state&quot;)</source>
        <translation>バッチ状態ファイルではありません（format は &quot;promptwerk-batch-state&quot; である必要があります）</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="79"/>
        <source>version: must be 1</source>
        <translation>version: 1 である必要があります</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="82"/>
        <source>runs: must be an array</source>
        <translation>runs: 配列である必要があります</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="89"/>
        <source>.id: must be a string</source>
        <translation>.id: 文字列である必要があります</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="95"/>
        <source>must be a batch id</source>
        <translation>バッチ ID である必要があります</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="166"/>
        <source>The batch run stopped: %1. Its batches keep running at the server; resume the run to read their results.</source>
        <translation>バッチ実行が停止しました: %1。バッチはサーバー上で実行を続けます。結果を読み込むには実行を再開してください。</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="206"/>
        <source>the runs of one batch run must use one engine&apos;s API</source>
        <translation>1 つのバッチ実行に含まれる実行はすべて同じエンジンの API を使う必要があります</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="207"/>
        <source>the %1 engine cannot run prompts in batches</source>
        <translation>%1 エンジンはプロンプトをバッチで実行できません</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="219"/>
        <source>&quot;%1&quot; is not a batch id</source>
        <translation>&quot;%1&quot; はバッチ ID ではありません</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="306"/>
        <source>cannot create a temporary folder for the batch requests: %1</source>
        <translation>バッチリクエスト用の一時フォルダーを作成できません: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="325"/>
        <source>the request is larger than a batch may be (%1 bytes)</source>
        <translation>リクエストがバッチの上限を超えています（%1 バイト）</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="345"/>
        <location filename="../../core/eval/batchrun.cpp" line="391"/>
        <source>cannot write the batch requests to %1: %2</source>
        <translation>バッチリクエストを %1 に書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="417"/>
        <source>cannot write the batch requests to %1</source>
        <translation>バッチリクエストを %1 に書き込めません</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="500"/>
        <source>%1 has no batch API (%2): the cells run as concurrent requests at the usual price.</source>
        <translation>%1 にはバッチ API がありません（%2）。セルは通常の価格で並行リクエストとして実行されます。</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="607"/>
        <source>batch %1 failed: %2</source>
        <translation>バッチ %1 が失敗しました: %2</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="698"/>
        <source>batch %1, results line %2: %3</source>
        <translation>バッチ %1、結果の %2 行目: %3</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="743"/>
        <source>batch %1 has no result for this request</source>
        <translation>バッチ %1 にこのリクエストの結果がありません</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/eval/batchrun.cpp" line="755"/>
        <source>%n result lines could not be read; the first: %1</source>
        <translation>
            <numerusform>%n 行の結果を読み取れませんでした。最初の行: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/eval/batchrun.cpp" line="761"/>
        <source>batch %1: %n result lines match no cell of these runs</source>
        <translation>
            <numerusform>バッチ %1: %n 行の結果がこれらの実行のどのセルにも一致しません</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="783"/>
        <source>file %1 could not be deleted from the server: %2</source>
        <translation>ファイル %1 をサーバーから削除できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>pw::CaseFiles</name>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="259"/>
        <location filename="../../core/eval/casefiles.cpp" line="512"/>
        <source>must be an object (found %1)</source>
        <translation>オブジェクトである必要があります（見つかったもの: %1）</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="113"/>
        <source>the YAML expands to more than %1 values</source>
        <translation>YAML を展開すると %1 個を超える値になります</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="136"/>
        <source>line %1: a key must be a plain value</source>
        <translation>%1 行目: キーは単純な値である必要があります</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="169"/>
        <source>invalid YAML: %1</source>
        <translation>無効な YAML: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="224"/>
        <source>a test must be an object or a &quot;file://&quot; reference (found &quot;%1&quot;)</source>
        <translation>テストはオブジェクトか「file://」参照である必要があります（見つかったもの: 「%1」）</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="228"/>
        <source>file references are not followed here (&quot;%1&quot;)</source>
        <translation>ここではファイル参照をたどりません（「%1」）</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="232"/>
        <source>file patterns are not supported (&quot;%1&quot;)</source>
        <translation>ファイルのパターンには対応していません（「%1」）</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="335"/>
        <source>promptfoo&apos;s assertion type &quot;%1&quot; is not supported by Promptwerk</source>
        <translation>promptfoo のアサーション種別「%1」は Promptwerk では使えません</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="106"/>
        <source>line %1: the YAML nests deeper than %2 levels (or an alias refers to itself)</source>
        <translation>%1 行目: YAML の入れ子が %2 段を超えています（またはエイリアスが自分自身を参照しています）</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="378"/>
        <source>the file is empty: there is no header row</source>
        <translation>ファイルが空です: 見出し行がありません</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="389"/>
        <source>a column has no name</source>
        <translation>名前のない列があります</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="391"/>
        <source>the column &quot;%1&quot; appears twice</source>
        <translation>列「%1」が 2 回あります</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="393"/>
        <source>the column &quot;%1&quot; changes the prompt, which Promptwerk does not support; add the text to the prompt instead</source>
        <translation>列「%1」はプロンプトを変更しますが、Promptwerk はこれに対応していません。代わりにそのテキストをプロンプトに追加してください</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="401"/>
        <source>unknown column &quot;%1&quot;</source>
        <translation>不明な列「%1」</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="439"/>
        <source>must be a number (found &quot;%1&quot;)</source>
        <translation>数値である必要があります（見つかったもの: 「%1」）</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="479"/>
        <source>each line must be a JSON object (a test case)</source>
        <translation>各行は JSON オブジェクト（テストケース）である必要があります</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="499"/>
        <source>expected a promptfoo config or a list of tests</source>
        <translation>promptfoo の設定またはテストのリストが必要です</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="504"/>
        <source>the config has no tests</source>
        <translation>設定にテストがありません</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="507"/>
        <source>must be a list of tests or a &quot;file://&quot; reference (found %1)</source>
        <translation>テストのリストか「file://」参照である必要があります（見つかったもの: %1）</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="521"/>
        <source>cannot read the file: %1</source>
        <translation>ファイルを読み込めません: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="537"/>
        <source>expected a JSON array of tests</source>
        <translation>テストの JSON 配列が必要です</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="542"/>
        <source>unknown kind of test case file (use .csv, .jsonl, .yaml or .json)</source>
        <translation>不明な種類のテストケースファイルです（.csv、.jsonl、.yaml、.json を使ってください）</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="588"/>
        <source>the variable &quot;%1&quot; cannot be a CSV column: names starting with &quot;__&quot; are reserved there</source>
        <translation>変数「%1」は CSV の列にできません: 「__」で始まる名前は予約されています</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="619"/>
        <source>%1: assertion %2 (%3) cannot be written as a CSV cell: its weight, grader, rubric prompt, metric or value has no CSV form; export to JSON Lines instead</source>
        <translation>%1: アサーション %2（%3）は CSV のセルに書けません: その重み、採点モデル、ルーブリックのプロンプト、メトリック、または値に CSV の形がありません。代わりに JSON Lines に書き出してください</translation>
    </message>
</context>
<context>
    <name>pw::CaseGeneration</name>
    <message>
        <location filename="../../core/eval/casegeneration.cpp" line="88"/>
        <source>the tool model&apos;s answer is not JSON: %1</source>
        <translation>ツールモデルの回答が JSON ではありません: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/casegeneration.cpp" line="92"/>
        <source>the tool model&apos;s answer is not a list of test cases: %1</source>
        <translation>ツールモデルの回答がテストケースのリストではありません: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/casegeneration.cpp" line="98"/>
        <source>the tool model&apos;s answer holds no test cases</source>
        <translation>ツールモデルの回答にテストケースがありません</translation>
    </message>
</context>
<context>
    <name>pw::CaseGenerator</name>
    <message>
        <location filename="../../ui/evaluate/casegenerator.cpp" line="28"/>
        <source>The %1 engine has no language model to ask for test cases. Choose an engine with a tool model in the toolbar.</source>
        <translation>%1 エンジンにはテストケースを依頼できる言語モデルがありません。ツールバーでツールモデルのあるエンジンを選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/casegenerator.cpp" line="95"/>
        <source>The tool model refused to write these test cases.</source>
        <translation>ツールモデルはこれらのテストケースの作成を拒否しました。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/casegenerator.cpp" line="99"/>
        <source>The tool model&apos;s answer was cut off before its end: ask for fewer cases.</source>
        <translation>ツールモデルの回答が途中で切れました: ケース数を減らしてください。</translation>
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
        <location filename="../../ui/comparearea.cpp" line="28"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="39"/>
        <source>&amp;Make Variable…</source>
        <translation>変数にする(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="63"/>
        <source>Untick a variable to keep its text, double-click a name to rename it, select text in the panes to make it a variable.</source>
        <translation>変数のチェックを外すと元のテキストのままになります。名前をダブルクリックすると名前を変更できます。ペインでテキストを選択すると変数にできます。</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="81"/>
        <source>Make the text selected in the panes a variable, wherever it stands as a whole word</source>
        <translation>ペインで選択したテキストを、単語として現れるすべての箇所で変数にします</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="89"/>
        <source>Variable</source>
        <translation>変数</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="89"/>
        <source>Value found</source>
        <translation>検出された値</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="95"/>
        <source>Values found</source>
        <translation>検出された値</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="140"/>
        <source>&lt;a href=&quot;#place&quot;&gt;%1&lt;/a&gt;: %2</source>
        <translation>&lt;a href=&quot;#place&quot;&gt;%1&lt;/a&gt;: %2</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="141"/>
        <source>Show %1 in the editors</source>
        <translation>エディターで %1 を表示</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="174"/>
        <source>Untick to keep the text instead of {{%1}}</source>
        <translation>チェックを外すと {{%1}} の代わりに元のテキストを残します</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="175"/>
        <source>Tick to make the text {{%1}} again</source>
        <translation>チェックすると再び {{%1}} にします</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="216"/>
        <source>“%1” cannot be a variable name: use letters, digits and underscores, e.g. TRAVELLER_NAME.</source>
        <translation>「%1」は変数名にできません: 英字・数字・アンダースコアを使ってください(例: TRAVELLER_NAME)。</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="226"/>
        <source>%1 is already a variable of this prompt: choose another name.</source>
        <translation>%1 はこのプロンプトの変数としてすでに使われています: 別の名前を選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="261"/>
        <source>Current prompt</source>
        <translation>現在のプロンプト</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="261"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="273"/>
        <source>“%1” is not in the prompt&apos;s own text as a whole word: only text outside {{VARIABLES}} can become one.</source>
        <translation>「%1」はプロンプト本文に単語として含まれていません: 変数にできるのは {{VARIABLES}} の外にあるテキストだけです。</translation>
    </message>
</context>
<context>
    <name>pw::Csv</name>
    <message>
        <location filename="../../core/eval/csv.cpp" line="80"/>
        <source>a quote inside a field that does not start with one (quote the whole field and double the quote)</source>
        <translation>引用符で始まらないフィールドの中に引用符があります（フィールド全体を引用符で囲み、中の引用符は 2 つ重ねてください）</translation>
    </message>
    <message>
        <location filename="../../core/eval/csv.cpp" line="91"/>
        <source>the quoted field is never closed</source>
        <translation>引用符で囲まれたフィールドが閉じられていません</translation>
    </message>
    <message>
        <location filename="../../core/eval/csv.cpp" line="105"/>
        <source>text after the closing quote of a field (found &quot;%1&quot;)</source>
        <translation>フィールドの閉じ引用符の後にテキストがあります（見つかったもの: 「%1」）</translation>
    </message>
    <message>
        <location filename="../../core/eval/csv.cpp" line="116"/>
        <source>%1 fields where the header has %2</source>
        <translation>見出しは %2 個なのにフィールドが %1 個あります</translation>
    </message>
    <message>
        <location filename="../../core/eval/csv.cpp" line="149"/>
        <source>the file is not UTF-8 text</source>
        <translation>ファイルが UTF-8 テキストではありません</translation>
    </message>
</context>
<context>
    <name>pw::DiffView</name>
    <message>
        <location filename="../../ui/diffview.cpp" line="45"/>
        <source>Previous change</source>
        <translation>前の変更</translation>
    </message>
    <message>
        <location filename="../../ui/diffview.cpp" line="48"/>
        <source>Next change</source>
        <translation>次の変更</translation>
    </message>
    <message>
        <location filename="../../ui/diffview.cpp" line="61"/>
        <source>Ignore whitespace</source>
        <translation>空白を無視</translation>
    </message>
    <message>
        <location filename="../../ui/diffview.cpp" line="150"/>
        <source>Comparing…</source>
        <translation>比較しています…</translation>
    </message>
    <message>
        <location filename="../../ui/diffview.cpp" line="212"/>
        <source>Variables added: %1</source>
        <translation>追加された変数: %1</translation>
    </message>
    <message>
        <location filename="../../ui/diffview.cpp" line="214"/>
        <source>Variables removed: %1</source>
        <translation>削除された変数: %1</translation>
    </message>
    <message>
        <location filename="../../ui/diffview.cpp" line="216"/>
        <source>Renamed: %1 → %2</source>
        <translation>名前の変更: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/diffview.cpp" line="351"/>
        <source> replaces “%1”</source>
        <translation>（「%1」を置換）</translation>
    </message>
</context>
<context>
    <name>pw::DocumentController</name>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="36"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="168"/>
        <source>%1 could not be opened.</source>
        <translation>%1 を開けませんでした。</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="175"/>
        <source>%1 could not be read.</source>
        <translation>%1 を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="181"/>
        <location filename="../../ui/documentcontroller.cpp" line="233"/>
        <location filename="../../ui/documentcontroller.cpp" line="238"/>
        <source>%1 could not be imported.</source>
        <translation>%1 をインポートできませんでした。</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="196"/>
        <source>Opening %1…</source>
        <translation>%1 を開いています…</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="243"/>
        <source>Import %1</source>
        <translation>%1 をインポート</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="255"/>
        <source>The prompt could not be saved.</source>
        <translation>プロンプトを保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="263"/>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="290"/>
        <source>The prompt could not be exported as %1.</source>
        <translation>プロンプトを %1 としてエクスポートできませんでした。</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="295"/>
        <source>The prompt could not be exported.</source>
        <translation>プロンプトをエクスポートできませんでした。</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="298"/>
        <source>Exported %1</source>
        <translation>%1 をエクスポートしました</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="90"/>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="362"/>
        <source>Restore Revision %1</source>
        <translation>リビジョン %1 を復元</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="365"/>
        <source>Revision %1 restored as revision %2. %3 brings the previous prompt back.</source>
        <translation>リビジョン %1 をリビジョン %2 として復元しました。%3 で前のプロンプトに戻せます。</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="441"/>
        <source>Autosave failed: %1</source>
        <translation>自動保存に失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="472"/>
        <source>The unsaved work could not be recovered.</source>
        <translation>未保存の作業を復元できませんでした。</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="487"/>
        <source>Unsaved work recovered. Save it to keep it.</source>
        <translation>未保存の作業を復元しました。残すには保存してください。</translation>
    </message>
</context>
<context>
    <name>pw::DocumentFile</name>
    <message>
        <location filename="../../core/document/documentreader.h" line="48"/>
        <location filename="../../core/document/documentreader.h" line="93"/>
        <location filename="../../core/document/documentreader.h" line="186"/>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="58"/>
        <location filename="../../core/document/documentreader.h" line="63"/>
        <location filename="../../core/document/documentreader.h" line="206"/>
        <source>is required</source>
        <translation>必須です</translation>
    </message>
    <message>
        <location filename="../../core/document/documentreader.h" line="64"/>
        <source>must be a whole number from 1 up (found %1)</source>
        <translation>1 以上の整数である必要があります（検出された値: %1）</translation>
    </message>
    <message>
        <location filename="../../core/document/documentreader.h" line="76"/>
        <location filename="../../core/document/documentreader.h" line="196"/>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location filename="../../core/document/documentreader.h" line="138"/>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <location filename="../../core/document/documentreader.h" line="154"/>
        <source>must be a whole number from 0 up (found %1)</source>
        <translation>0 以上の整数である必要があります（検出された値: %1）</translation>
    </message>
    <message>
        <location filename="../../core/document/documentreader.h" line="165"/>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <location filename="../../core/document/documentreader.h" line="175"/>
        <source>an array</source>
        <translation>配列</translation>
    </message>
    <message>
        <location filename="../../core/document/documentreader.h" line="207"/>
        <source>must be %1 (found %2)</source>
        <translation>%1である必要があります（検出された型: %2）</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="57"/>
        <source>must be a number from 0 to 1 (found %1)</source>
        <translation>0 から 1 の数値でなければなりません(値: %1)</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="65"/>
        <source>must not be more than total (%1 of %2)</source>
        <translation>total を超えてはいけません(%2 中 %1)</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="120"/>
        <source>must be an object (found %1)</source>
        <translation>オブジェクトである必要があります（検出された型: %1）</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="127"/>
        <source>must be greater than the id before it (%1 after %2)</source>
        <translation>前の id より大きい必要があります（%2 の後に %1）</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="142"/>
        <location filename="../../core/document/evaljson.cpp" line="134"/>
        <source>must be one of %1 (found &quot;%2&quot;)</source>
        <translation>%1 のいずれかである必要があります（検出された値: &quot;%2&quot;）</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="152"/>
        <location filename="../../core/document/evaljson.cpp" line="241"/>
        <source>must be an ISO 8601 date and time like 2026-11-01T09:30:00Z (found &quot;%1&quot;)</source>
        <translation>2026-11-01T09:30:00Z のような ISO 8601 形式の日時である必要があります（検出された値: &quot;%1&quot;）</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="170"/>
        <source>must name an earlier revision (found %1)</source>
        <translation>前のリビジョンを指している必要があります（検出された値: %1）</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="218"/>
        <source>not a Promptwerk document (it has no &quot;format&quot;: &quot;promptwerk&quot;)</source>
        <translation>Promptwerk のドキュメントではありません（&quot;format&quot;: &quot;promptwerk&quot; がありません）</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="223"/>
        <source>%1: must be &quot;%2&quot; (found %3)</source>
        <translation>%1: &quot;%2&quot; である必要があります（検出された値: %3）</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="233"/>
        <source>%1: the file is format version %2, newer than this Promptwerk reads (up to %3); open it with a newer Promptwerk</source>
        <translation>%1: このファイルの形式バージョンは %2 で、この Promptwerk が読み込めるバージョン（%3 まで）より新しいです。新しい Promptwerk で開いてください</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="247"/>
        <source>must be an array (found %1)</source>
        <translation>配列である必要があります（検出された型: %1）</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="290"/>
        <source>%1: not a Promptwerk document (the file must hold a JSON object)</source>
        <translation>%1: Promptwerk のドキュメントではありません（ファイルには JSON オブジェクトが必要です）</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="305"/>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../../core/document/evaljson.cpp" line="107"/>
        <location filename="../../core/document/evaljson.cpp" line="120"/>
        <source>must not be empty</source>
        <translation>空にはできません</translation>
    </message>
    <message>
        <location filename="../../core/document/evaljson.cpp" line="109"/>
        <source>&quot;%1&quot; is used twice</source>
        <translation>「%1」が 2 回使われています</translation>
    </message>
    <message>
        <location filename="../../core/document/evaljson.cpp" line="166"/>
        <source>must be from 1 to 5 (found %1)</source>
        <translation>1 から 5 の間である必要があります（検出された値: %1）</translation>
    </message>
    <message>
        <location filename="../../core/document/evaljson.cpp" line="233"/>
        <source>names no revision of this document (found %1)</source>
        <translation>この文書のどのリビジョンも指していません（検出された値: %1）</translation>
    </message>
</context>
<context>
    <name>pw::DocumentPage</name>
    <message>
        <location filename="../../ui/documentpage.cpp" line="69"/>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="69"/>
        <source>Generating a prompt…</source>
        <translation>プロンプトを生成しています…</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="69"/>
        <source>Generated prompt</source>
        <translation>生成されたプロンプト</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="72"/>
        <source>Improve</source>
        <translation>改善</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="72"/>
        <source>Improving the prompt…</source>
        <translation>プロンプトを改善しています…</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="72"/>
        <source>Improved prompt</source>
        <translation>改善されたプロンプト</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="77"/>
        <source>Templatize</source>
        <translation>テンプレート化</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="77"/>
        <source>Templatizing the prompt…</source>
        <translation>プロンプトをテンプレート化しています…</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="77"/>
        <source>Templatized prompt</source>
        <translation>テンプレート化されたプロンプト</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="84"/>
        <source>%1 in · %2 out</source>
        <translation>入力 %1 · 出力 %2</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="214"/>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="217"/>
        <source>Evaluate</source>
        <translation>評価</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="280"/>
        <source>Optional: who the model is, the rules it follows, the context it needs.</source>
        <translation>任意: モデルの役割、従うべきルール、必要な背景情報。</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="281"/>
        <source>System prompt</source>
        <translation>システムプロンプト</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="284"/>
        <source>&amp;System prompt</source>
        <translation>システムプロンプト(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="289"/>
        <source>Messa&amp;ges</source>
        <translation>メッセージ(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="291"/>
        <source>%1 add · %2 remove · %3 role</source>
        <translation>%1 追加 · %2 削除 · %3 ロール</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="295"/>
        <source>Move the current message with %1 and %2.</source>
        <translation>%1 と %2 で現在のメッセージを移動できます。</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="306"/>
        <source>Optional: what Improve should change, e.g. “Make the answers shorter and add an example.”</source>
        <translation>任意: 改善で変えてほしい点。例:「回答を短くして、例を追加する。」</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="308"/>
        <source>Feedback for Improve</source>
        <translation>改善へのフィードバック</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="310"/>
        <source>Feed&amp;back for Improve</source>
        <translation>改善へのフィードバック(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="381"/>
        <source>Editing is paused while %1 runs — %2 (%3) to edit.</source>
        <translation>%1 の実行中は編集できません — 編集するには %2(%3)。</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="384"/>
        <source>Editing is paused until the result is accepted (%1) or rejected (%2).</source>
        <translation>結果を採用(%1)または却下(%2)するまで編集できません。</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="466"/>
        <source>Last run: %1</source>
        <translation>前回の実行: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="466"/>
        <source>Last run: no tokens</source>
        <translation>前回の実行: トークンなし</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="467"/>
        <location filename="../../ui/documentpage.cpp" line="493"/>
        <location filename="../../ui/documentpage.cpp" line="671"/>
        <source>Request %1</source>
        <translation>リクエスト %1</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="474"/>
        <source>No values to turn into variables were found.</source>
        <translation>変数にできる値は見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="474"/>
        <source>The prompt stays as it is.</source>
        <translation>プロンプトは変更されません。</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="482"/>
        <source>%1 finished: accept the result (%2) or reject it (%3).</source>
        <translation>%1が完了しました。結果を採用 (%2) するか却下 (%3) してください。</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="497"/>
        <source>%1 canceled.</source>
        <translation>%1を中止しました。</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="509"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="510"/>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="512"/>
        <source>Request ID: %1</source>
        <translation>リクエスト ID: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="519"/>
        <source>%1 failed: %2</source>
        <translation>%1に失敗しました: %2</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="535"/>
        <source>Optimized prompt</source>
        <translation>最適化されたプロンプト</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="537"/>
        <source>Optimization finished: the winner is beside the prompt; accept it (%1) or reject it (%2).</source>
        <translation>最適化が終わりました: 勝者がプロンプトの横にあります。採用(%1)または却下(%2)してください。</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="554"/>
        <source>Accept Optimized Prompt</source>
        <translation>最適化されたプロンプトを採用</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="589"/>
        <source>Accept %1 Result</source>
        <translation>%1 の結果を採用</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="561"/>
        <source>Result applied. %1 brings the previous prompt back.</source>
        <translation>結果を適用しました。%1 で前のプロンプトに戻せます。</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="602"/>
        <source>Result discarded.</source>
        <translation>結果を破棄しました。</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="674"/>
        <source>Run finished: %1.</source>
        <translation>実行が終了しました: %1。</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="677"/>
        <source>Stopped before the answer was complete.</source>
        <translation>応答が完了する前に停止しました。</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="678"/>
        <source>Run Prompt canceled.</source>
        <translation>プロンプトの実行を中止しました。</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="682"/>
        <location filename="../../ui/documentpage.cpp" line="727"/>
        <source>Run Prompt</source>
        <translation>プロンプトを実行</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="716"/>
        <source>%1 has no test value: type one in the Variables table</source>
        <translation>%1 にテスト値がありません。変数の表に入力してください</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="768"/>
        <source>Open Prompt</source>
        <translation>プロンプトを開く</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="769"/>
        <source>Prompts (*.%1 *.json *.txt *.md *.markdown);;Promptwerk documents (*.%1);;All files (*)</source>
        <translation>プロンプト (*.%1 *.json *.txt *.md *.markdown);;Promptwerk ドキュメント (*.%1);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="788"/>
        <source>Import Prompt</source>
        <translation>プロンプトをインポート</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="789"/>
        <source>Prompt files (*.json *.txt *.md *.markdown);;All files (*)</source>
        <translation>プロンプトファイル (*.json *.txt *.md *.markdown);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="797"/>
        <source>prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="821"/>
        <source>Save Prompt</source>
        <translation>プロンプトを保存</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="821"/>
        <source>Promptwerk documents (*.%1)</source>
        <translation>Promptwerk ドキュメント (*.%1)</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="835"/>
        <source>Unsaved Changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="836"/>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 には保存されていない変更があります。保存しますか？</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="863"/>
        <source>an untitled prompt</source>
        <translation>無題のプロンプト</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="867"/>
        <source>&amp;Recover</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="876"/>
        <source>&amp;Discard</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="885"/>
        <source>Unsaved work on %1 from %2 was kept when Promptwerk last closed.</source>
        <translation>前回 Promptwerk を終了したときに、%1 の未保存の作業（%2）が保持されました。</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="886"/>
        <source>Recover it, or discard the copy.</source>
        <translation>復元するか、コピーを破棄してください。</translation>
    </message>
</context>
<context>
    <name>pw::Engine</name>
    <message>
        <location filename="../../core/tools/engine.cpp" line="140"/>
        <source>unknown engine &quot;%1&quot; (choose %2)</source>
        <translation>不明なエンジン &quot;%1&quot;（%2 から選択してください）</translation>
    </message>
</context>
<context>
    <name>pw::EngineChooser</name>
    <message>
        <location filename="../../ui/enginechooser.cpp" line="23"/>
        <source>The model the prompt is written for. Any model id can be typed.</source>
        <translation>プロンプトの対象モデルです。任意のモデル ID を入力できます。</translation>
    </message>
    <message>
        <location filename="../../ui/enginechooser.cpp" line="32"/>
        <source>E&amp;ngine:</source>
        <translation>エンジン(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../ui/enginechooser.cpp" line="38"/>
        <source>Where the tools run</source>
        <translation>ツールの実行場所</translation>
    </message>
    <message>
        <location filename="../../ui/enginechooser.cpp" line="45"/>
        <source>Target mode&amp;l:</source>
        <translation>対象モデル(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../ui/enginechooser.cpp" line="47"/>
        <source>any model</source>
        <translation>任意のモデル</translation>
    </message>
    <message>
        <location filename="../../ui/enginechooser.cpp" line="67"/>
        <source>The model the prompt is written for. Any model id can be typed.
%1
Showing the models known before.</source>
        <translation>プロンプトの対象モデルです。任意のモデル ID を入力できます。
%1
以前に取得したモデルを表示しています。</translation>
    </message>
</context>
<context>
    <name>pw::EngineConfigLookup</name>
    <message>
        <location filename="../../core/tools/engineconfiglookup.cpp" line="26"/>
        <source>The %1 engine needs an Anthropic API key: enter one in Settings, or set %2.</source>
        <translation>%1 エンジンには Anthropic API キーが必要です。設定で入力するか、%2 を設定してください。</translation>
    </message>
    <message>
        <location filename="../../core/tools/engineconfiglookup.cpp" line="31"/>
        <source>The keychain could not be read: %1</source>
        <translation>キーチェーンを読み込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>pw::EngineInfo</name>
    <message>
        <location filename="../../core/tools/engineregistry.cpp" line="34"/>
        <source>Claude through the Messages API (needs an Anthropic API key)</source>
        <translation>Messages API 経由の Claude（Anthropic API キーが必要）</translation>
    </message>
    <message>
        <location filename="../../core/tools/engineregistry.cpp" line="35"/>
        <source>Runs the tools on Claude through the Messages API, with streamed, structured output.</source>
        <translation>Messages API 経由で Claude 上でツールを実行します。出力はストリーミングされ、構造化されています。</translation>
    </message>
    <message>
        <location filename="../../core/tools/engineregistry.cpp" line="51"/>
        <source>A server that speaks the prompt-tools protocol</source>
        <translation>prompt-tools プロトコルに対応したサーバー</translation>
    </message>
    <message>
        <location filename="../../core/tools/engineregistry.cpp" line="52"/>
        <source>Speaks the retired prompt-tools protocol to a server that still implements it, such as a gateway.</source>
        <translation>提供終了した prompt-tools プロトコルを、それをまだ実装しているサーバー（ゲートウェイなど）と使用します。</translation>
    </message>
    <message>
        <location filename="../../core/tools/engineregistry.cpp" line="71"/>
        <source>An OpenAI-compatible server: Ollama, llama.cpp, LM Studio, vLLM, OpenAI</source>
        <translation>OpenAI 互換サーバー: Ollama、llama.cpp、LM Studio、vLLM、OpenAI</translation>
    </message>
    <message>
        <location filename="../../core/tools/engineregistry.cpp" line="72"/>
        <source>Any OpenAI-compatible chat completions server: Ollama, llama.cpp, LM Studio, vLLM or OpenAI.</source>
        <translation>OpenAI 互換の Chat Completions サーバー: Ollama、llama.cpp、LM Studio、vLLM、OpenAI。</translation>
    </message>
    <message>
        <location filename="../../core/tools/engineregistry.cpp" line="81"/>
        <source>Offline, on this computer: templatize and checks only</source>
        <translation>このコンピューター上でオフライン動作: テンプレート化とチェックのみ</translation>
    </message>
    <message>
        <location filename="../../core/tools/engineregistry.cpp" line="82"/>
        <source>Runs on this computer without a model: it templatizes and checks prompts offline. Generate and Improve need one of the other engines.</source>
        <translation>モデルを使わずにこのコンピューター上で動作し、オフラインでプロンプトのテンプレート化とチェックを行います。生成と改善には他のエンジンが必要です。</translation>
    </message>
</context>
<context>
    <name>pw::EngineSettings</name>
    <message>
        <location filename="../../core/tools/enginesettings.cpp" line="87"/>
        <source>the settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../core/tools/enginesettings.cpp" line="93"/>
        <source>the base URL from %1 is not an http(s) URL: %2</source>
        <translation>%1 で指定されたベース URL は http(s) の URL ではありません: %2</translation>
    </message>
</context>
<context>
    <name>pw::EvaluateView</name>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="60"/>
        <source>Test cases (*.csv *.jsonl *.yaml *.yml *.json);;All files (*)</source>
        <translation>テストケース (*.csv *.jsonl *.yaml *.yml *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="77"/>
        <source>Test cases</source>
        <translation>テストケース</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="90"/>
        <source>&amp;Add Case</source>
        <translation>ケースを追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="92"/>
        <source>&amp;Duplicate</source>
        <translation>複製(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="94"/>
        <source>De&amp;lete</source>
        <translation>削除(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="96"/>
        <source>Move &amp;Up</source>
        <translation>上へ移動(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="98"/>
        <source>Move Do&amp;wn</source>
        <translation>下へ移動(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="99"/>
        <source>A&amp;ssertions…</source>
        <translation>アサーション(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="102"/>
        <source>&amp;Paste Rows</source>
        <translation>行を貼り付け(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="103"/>
        <source>&amp;Generate Cases…</source>
        <translation>ケースを生成(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="104"/>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="105"/>
        <source>E&amp;xport…</source>
        <translation>エクスポート(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="125"/>
        <source>Versio&amp;ns</source>
        <translation>バージョン(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="130"/>
        <source>&amp;Run All</source>
        <translation>すべて実行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="131"/>
        <source>Run as &amp;Batch</source>
        <translation>バッチで実行(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="132"/>
        <source>Run every case through the provider&apos;s batch API at half the price; results take minutes to hours, and closing the window does not lose them</source>
        <translation>すべてのケースをプロバイダーのバッチ API で半額で実行します。結果が出るまで数分から数時間かかり、ウィンドウを閉じても失われません</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="134"/>
        <source>Run Sele&amp;cted</source>
        <translation>選択を実行(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="136"/>
        <source>Rerun Failed</source>
        <translation>失敗を再実行</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="138"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/evaluateview.cpp" line="318"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 件のケース</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="323"/>
        <source>The prompt has no {{VARIABLES}} to write values for.</source>
        <translation>プロンプトに値を書く {{VARIABLES}} がありません。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="326"/>
        <source>Ask the tool model for realistic, varied test cases for the prompt&apos;s variables</source>
        <translation>プロンプトの変数に対する現実的で多様なテストケースをツールモデルに依頼します</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="402"/>
        <source>The clipboard&apos;s rows could not be pasted as test cases.</source>
        <translation>クリップボードの行をテストケースとして貼り付けられませんでした。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/evaluateview.cpp" line="406"/>
        <source>Paste Test Cases</source>
        <translation>
            <numerusform>テストケースを貼り付け</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/evaluateview.cpp" line="408"/>
        <source>Pasted %n test case(s)</source>
        <translation>
            <numerusform>%n 件のテストケースを貼り付けました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="413"/>
        <source>Import Test Cases</source>
        <translation>テストケースをインポート</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="423"/>
        <source>%1 could not be imported as test cases.</source>
        <translation>%1 をテストケースとしてインポートできませんでした。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="427"/>
        <source>%1 holds no test cases.</source>
        <translation>%1 にはテストケースがありません。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="431"/>
        <source>Import %1</source>
        <translation>%1 をインポート</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/evaluateview.cpp" line="433"/>
        <source>Imported %n test case(s) from %1</source>
        <translation>
            <numerusform>%1 から %n 件のテストケースをインポートしました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="440"/>
        <source>Export Test Cases</source>
        <translation>テストケースをエクスポート</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="440"/>
        <source>CSV (*.csv);;JSON Lines (*.jsonl)</source>
        <translation>CSV (*.csv);;JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="454"/>
        <source>The test cases could not be exported as CSV; JSON Lines (.jsonl) holds everything.</source>
        <translation>テストケースを CSV としてエクスポートできませんでした。JSON Lines (.jsonl) ならすべてを保持できます。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="460"/>
        <source>The test cases could not be exported.</source>
        <translation>テストケースをエクスポートできませんでした。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/evaluateview.cpp" line="464"/>
        <source>Exported %n test case(s) to %1</source>
        <translation>
            <numerusform>%n 件のテストケースを %1 にエクスポートしました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="479"/>
        <source>Edit Assertions</source>
        <translation>アサーションを編集</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="492"/>
        <source>Generate Test Cases</source>
        <translation>テストケースの生成</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/evaluateview.cpp" line="494"/>
        <source>Added %n generated test case(s)</source>
        <translation>
            <numerusform>生成したテストケースを %n 件追加しました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="523"/>
        <source>Working copy</source>
        <translation>作業コピー</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="524"/>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="578"/>
        <source>The First and the Latest</source>
        <translation>最初と最新</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="680"/>
        <source>Nothing to run.</source>
        <translation>実行するものがありません。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="779"/>
        <source>The evaluation stopped.</source>
        <translation>評価が停止しました。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="781"/>
        <source>Evaluation finished.</source>
        <translation>評価が終了しました。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="808"/>
        <source>Optimize needs test cases to score the candidates on.</source>
        <translation>最適化には候補を採点するテストケースが必要です。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="809"/>
        <source>Add cases above, paste them from a spreadsheet or import a file.</source>
        <translation>上でケースを追加するか、スプレッドシートから貼り付けるか、ファイルを読み込んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="915"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="929"/>
        <source>The optimization could not start.</source>
        <translation>最適化を開始できませんでした。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="933"/>
        <source>Canceled before anything ran.</source>
        <translation>何も実行される前にキャンセルしました。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="955"/>
        <source>No candidate beat the original on the training cases (%1): nothing to offer.</source>
        <translation>学習用ケースで元のプロンプト(%1)を上回る候補はありませんでした: 提案するものはありません。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="958"/>
        <source>The winner, round %1 candidate %2, scores %3 on the training cases (the original %4).</source>
        <translation>勝者(ラウンド %1 の候補 %2)の学習用ケースのスコアは %3 です(元のプロンプト %4)。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="962"/>
        <source>Round %1, candidate %2</source>
        <translation>ラウンド %1、候補 %2</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="964"/>
        <source>training %1 (original %2)</source>
        <translation>学習 %1(元 %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/evaluateview.cpp" line="967"/>
        <source>On the %n held-out case(s) it never saw: %1, the original %2.</source>
        <translation>
            <numerusform>見たことのない検証用ケース %n 件で: %1、元のプロンプト %2。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="969"/>
        <source>held-out %1 (original %2)</source>
        <translation>検証 %1(元 %2)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="977"/>
        <source>The optimization stopped.</source>
        <translation>最適化が停止しました。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="981"/>
        <source>Optimization finished: the original stays.</source>
        <translation>最適化が終わりました: 元のプロンプトのままです。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="1009"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/evaluateview.cpp" line="1017"/>
        <source>%n passed</source>
        <translation>
            <numerusform>%n 件合格</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/evaluateview.cpp" line="1019"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 件のエラー</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="1023"/>
        <source>about %1 s left</source>
        <translation>残り約 %1 秒</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="974"/>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="1024"/>
        <source>%1 tokens</source>
        <translation>%1 トークン</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="1025"/>
        <source>≈ $%1 (estimate)</source>
        <translation>≈ $%1（推定）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="1026"/>
        <source>≈ $%1 (estimate; some models have no price)</source>
        <translation>≈ $%1（推定。一部のモデルは価格がありません）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="1035"/>
        <source>reading the batch results</source>
        <translation>バッチの結果を読み込み中</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="1037"/>
        <source>sending the batch</source>
        <translation>バッチを送信中</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="1039"/>
        <source>batch: %1 processing, %2 succeeded</source>
        <translation>バッチ: 処理中 %1、成功 %2</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="1041"/>
        <source>%1 errored</source>
        <translation>エラー %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="1043"/>
        <source>%1 canceled</source>
        <translation>キャンセル %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="1045"/>
        <source>%1 expired</source>
        <translation>期限切れ %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="1046"/>
        <source>%1 (the provider was last asked at %2)</source>
        <translation>%1(プロバイダーへの最終確認 %2)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="1070"/>
        <source>Continue the Batch Run?</source>
        <translation>バッチ実行を続けますか?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/evaluateview.cpp" line="1071"/>
        <source>%n result(s) of a batch run are missing: its batches may still be running at the provider. Continue the run now? Its batches are read, not sent again.</source>
        <translation>
            <numerusform>バッチ実行の結果が %n 件足りません: バッチはまだプロバイダーで実行中かもしれません。今すぐ続けますか? バッチは読み込まれ、再送信はされません。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="1075"/>
        <source>Resume the Evaluation?</source>
        <translation>評価を再開しますか?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/evaluateview.cpp" line="1076"/>
        <source>%n result(s) are missing: Promptwerk stopped while the evaluation ran. Run the missing cells now?</source>
        <translation>
            <numerusform>%n 件の結果がありません。評価の実行中に Promptwerk が停止しました。足りないセルを今すぐ実行しますか?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pw::ExportDialog</name>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="33"/>
        <source>Text with sections (Markdown)</source>
        <translation>セクション付きテキスト (Markdown)</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="35"/>
        <source>Messages API request (JSON)</source>
        <translation>Messages API リクエスト (JSON)</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="37"/>
        <source>Python (Anthropic SDK)</source>
        <translation>Python (Anthropic SDK)</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="39"/>
        <source>TypeScript (Anthropic SDK)</source>
        <translation>TypeScript (Anthropic SDK)</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="41"/>
        <source>curl command (shell)</source>
        <translation>curl コマンド (シェル)</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="43"/>
        <source>Jinja template</source>
        <translation>Jinja テンプレート</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="45"/>
        <source>promptfoo config (YAML)</source>
        <translation>promptfoo 設定 (YAML)</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="47"/>
        <source>prompt-tools request (JSON)</source>
        <translation>prompt-tools リクエスト (JSON)</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="57"/>
        <location filename="../../ui/exportdialog.cpp" line="160"/>
        <source>Export Prompt</source>
        <translation>プロンプトをエクスポート</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="60"/>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="62"/>
        <source>Pre&amp;view:</source>
        <translation>プレビュー(&amp;V):</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="73"/>
        <source>%1, saved as .%2</source>
        <translation>%1（.%2 として保存）</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="75"/>
        <source>Export formats</source>
        <translation>エクスポート形式</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="81"/>
        <source>Preview of the export</source>
        <translation>エクスポートのプレビュー</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="89"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="90"/>
        <source>Copy the preview to the clipboard</source>
        <translation>プレビューをクリップボードにコピー</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="91"/>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="143"/>
        <source>This prompt cannot be exported as %1: %2</source>
        <translation>このプロンプトは %1 としてエクスポートできません: %2</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="150"/>
        <source>Copied to the clipboard as %1.</source>
        <translation>%1 としてクリップボードにコピーしました。</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="159"/>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="159"/>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>pw::Exporters</name>
    <message>
        <location filename="../../core/exchange/exporters.cpp" line="47"/>
        <source>%1: only text blocks can be exported (found &quot;%2&quot;)</source>
        <translation>%1: エクスポートできるのはテキストブロックだけです（検出された値: &quot;%2&quot;）</translation>
    </message>
    <message>
        <location filename="../../core/exchange/exporters.cpp" line="287"/>
        <source>%1: the variable %2 cannot be a Jinja variable (Jinja reads &quot;%3&quot; as a keyword); rename it</source>
        <translation>%1: 変数 %2 は Jinja の変数にできません（Jinja は &quot;%3&quot; をキーワードとして読みます）。名前を変更してください</translation>
    </message>
</context>
<context>
    <name>pw::FindBar</name>
    <message>
        <location filename="../../ui/findbar.cpp" line="25"/>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="46"/>
        <source>Text to find</source>
        <translation>検索するテキスト</translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="47"/>
        <source>Find in the system prompt and the messages</source>
        <translation>システムプロンプトとメッセージを検索</translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="49"/>
        <source>Find:</source>
        <translation>検索:</translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="54"/>
        <location filename="../../ui/findbar.cpp" line="258"/>
        <source>%1 of %2</source>
        <translation>%2 件中 %1</translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="54"/>
        <location filename="../../ui/findbar.cpp" line="256"/>
        <source>No matches</source>
        <translation>一致なし</translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="58"/>
        <location filename="../../ui/findbar.cpp" line="59"/>
        <source>Previous match</source>
        <translation>前の一致</translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="62"/>
        <location filename="../../ui/findbar.cpp" line="63"/>
        <source>Next match</source>
        <translation>次の一致</translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="64"/>
        <source>Match case</source>
        <translation>大文字と小文字を区別</translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="66"/>
        <source>Whole words</source>
        <translation>単語単位</translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="71"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="72"/>
        <source>Close the find bar</source>
        <translation>検索バーを閉じる</translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="88"/>
        <source>Replacement</source>
        <translation>置換後のテキスト</translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="89"/>
        <source>Replace with:</source>
        <translation>置換後:</translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="91"/>
        <location filename="../../ui/findbar.cpp" line="291"/>
        <source>Replace</source>
        <translation>置換</translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="93"/>
        <source>Replace this match and go to the next (Enter in the replacement)</source>
        <translation>この一致を置換して次へ進みます(置換欄で Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="94"/>
        <location filename="../../ui/findbar.cpp" line="304"/>
        <source>Replace All</source>
        <translation>すべて置換</translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="96"/>
        <source>Replace every match in one step, which Undo takes back</source>
        <translation>すべての一致を一度に置換します(元に戻すで取り消せます)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/findbar.cpp" line="310"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n 件を置換しました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pw::FindingsList</name>
    <message>
        <location filename="../../ui/findingslist.cpp" line="44"/>
        <source>Prompt checks</source>
        <translation>プロンプトのチェック</translation>
    </message>
</context>
<context>
    <name>pw::FindingsModel</name>
    <message>
        <location filename="../../ui/prompttext.cpp" line="30"/>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <location filename="../../ui/prompttext.cpp" line="33"/>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <location filename="../../ui/prompttext.cpp" line="36"/>
        <source>Message %1</source>
        <translation>メッセージ %1</translation>
    </message>
    <message>
        <location filename="../../ui/prompttext.cpp" line="45"/>
        <source>%1, line %2</source>
        <translation>%1、%2 行目</translation>
    </message>
    <message>
        <location filename="../../ui/findingsmodel.cpp" line="67"/>
        <source>No problems found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../../ui/findingsmodel.cpp" line="87"/>
        <source>Finding</source>
        <translation>指摘</translation>
    </message>
    <message>
        <location filename="../../ui/findingsmodel.cpp" line="87"/>
        <source>Where</source>
        <translation>場所</translation>
    </message>
</context>
<context>
    <name>pw::GenerateCasesDialog</name>
    <message>
        <location filename="../../ui/evaluate/generatecasesdialog.cpp" line="30"/>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/generatecasesdialog.cpp" line="33"/>
        <source>Generate Test Cases</source>
        <translation>テストケースの生成</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/generatecasesdialog.cpp" line="47"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/generatecasesdialog.cpp" line="49"/>
        <source>Ideal output</source>
        <translation>理想の出力</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/generatecasesdialog.cpp" line="49"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/generatecasesdialog.cpp" line="55"/>
        <source>Generated test cases</source>
        <translation>生成されたテストケース</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/generatecasesdialog.cpp" line="57"/>
        <source>&amp;Cases to write:</source>
        <translation>生成するケース数(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/generatecasesdialog.cpp" line="84"/>
        <source>The tool model writes realistic, varied values for %1. You choose which cases to add.</source>
        <translation>ツールモデルが %1 に現実的で多様な値を書きます。追加するケースはあなたが選びます。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/generatecasesdialog.cpp" line="95"/>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/generatecasesdialog.cpp" line="97"/>
        <source>The tool model is writing %n test case(s)…</source>
        <translation>
            <numerusform>ツールモデルがテストケースを %n 件作成中…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/generatecasesdialog.cpp" line="111"/>
        <source>&amp;Generate Again</source>
        <translation>もう一度生成(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/generatecasesdialog.cpp" line="115"/>
        <source>No test cases: %1</source>
        <translation>テストケースがありません: %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/generatecasesdialog.cpp" line="118"/>
        <source>Tick the cases to add; a double-click edits a cell.</source>
        <translation>追加するケースにチェックを付けてください。ダブルクリックでセルを編集できます。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/generatecasesdialog.cpp" line="163"/>
        <source>&amp;Add %n</source>
        <translation>
            <numerusform>%n 件を追加(&amp;A)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pw::GenerateDialog</name>
    <message>
        <location filename="../../ui/generatedialog.cpp" line="15"/>
        <source>Generate a Prompt</source>
        <translation>プロンプトを生成</translation>
    </message>
    <message>
        <location filename="../../ui/generatedialog.cpp" line="17"/>
        <source>&amp;Describe the task the prompt is for:</source>
        <translation>プロンプトで行うタスクを説明してください(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../ui/generatedialog.cpp" line="20"/>
        <source>e.g. Answer customer questions about a meal-prep delivery service, politely and briefly, and hand over to a person for refunds.</source>
        <translation>例: 食事宅配サービスについての顧客の質問に丁寧かつ簡潔に答え、返金の件は担当者に引き継ぐ。</translation>
    </message>
    <message>
        <location filename="../../ui/generatedialog.cpp" line="25"/>
        <source>The generated prompt replaces the current one when you accept it; Ctrl+Z brings the current one back.</source>
        <translation>生成されたプロンプトは、採用すると現在のプロンプトを置き換えます。Ctrl+Z で現在のプロンプトに戻せます。</translation>
    </message>
    <message>
        <location filename="../../ui/generatedialog.cpp" line="31"/>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
</context>
<context>
    <name>pw::Graders</name>
    <message>
        <location filename="../../core/eval/graders.cpp" line="84"/>
        <source>the schema is not valid JSON: %1</source>
        <translation>スキーマが有効な JSON ではありません: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="87"/>
        <source>the value must be a JSON Schema (found %1)</source>
        <translation>値は JSON Schema である必要があります（見つかったもの: %1）</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="136"/>
        <source>equal the JSON %1</source>
        <translation>JSON %1 と等しい</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="139"/>
        <source>equal %1</source>
        <translation>%1 と等しい</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="147"/>
        <source>contain %1</source>
        <translation>%1 を含む</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="148"/>
        <source>contain %1 (ignoring case)</source>
        <translation>%1 を含む（大文字と小文字を区別しない）</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="164"/>
        <source>contain all of %1</source>
        <translation>%1 をすべて含む</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="165"/>
        <source>contain any of %1</source>
        <translation>%1 のいずれかを含む</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="167"/>
        <source> (ignoring case)</source>
        <translation>（大文字と小文字を区別しない）</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="169"/>
        <location filename="../../core/eval/graders.cpp" line="307"/>
        <source>missing %1</source>
        <translation>%1 がありません</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="171"/>
        <source>found %1</source>
        <translation>%1 が見つかりました</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="180"/>
        <source>match the regular expression %1</source>
        <translation>正規表現 %1 に一致する</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="186"/>
        <source>it is not JSON: %1</source>
        <translation>JSON ではありません: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="189"/>
        <source>it does not match the schema: %1</source>
        <translation>スキーマに一致しません: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="200"/>
        <source>be JSON matching the schema</source>
        <translation>スキーマに一致する JSON である</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="201"/>
        <source>be JSON</source>
        <translation>JSON である</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="254"/>
        <source>contain JSON matching the schema</source>
        <translation>スキーマに一致する JSON を含む</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="255"/>
        <source>contain JSON</source>
        <translation>JSON を含む</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="258"/>
        <source>no JSON object was found</source>
        <translation>JSON オブジェクトが見つかりませんでした</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="275"/>
        <source>be well-formed XML</source>
        <translation>整形式の XML である</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="276"/>
        <source>be well-formed XML with %1</source>
        <translation>%1 を持つ整形式の XML である</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="290"/>
        <source>line %1, column %2: %3</source>
        <translation>%1 行 %2 列: %3</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="297"/>
        <source>there is no element</source>
        <translation>要素がありません</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="350"/>
        <source>be within edit distance %1 of %2</source>
        <translation>%2 との編集距離が %1 以内である</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="351"/>
        <source>the distance is more than %1</source>
        <translation>距離が %1 を超えています</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="352"/>
        <source>the distance is %1</source>
        <translation>距離は %1 です</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="360"/>
        <source>take at most %1 ms</source>
        <translation>%1 ミリ秒以内で終わる</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="361"/>
        <source>the latency is unknown</source>
        <translation>レイテンシが不明です</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="362"/>
        <source>it took %1 ms</source>
        <translation>%1 ミリ秒かかりました</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="370"/>
        <source>cost at most $%1 (estimated)</source>
        <translation>費用が $%1 以下である（見積もり）</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="372"/>
        <source>there is no cost estimate: the price table has no price for the model</source>
        <translation>費用の見積もりがありません: 価格表にこのモデルの価格がありません</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="373"/>
        <source>the estimate is $%1</source>
        <translation>見積もりは $%1 です</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="398"/>
        <source>start with %1</source>
        <translation>%1 で始まる</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="441"/>
        <source>unknown assertion type &quot;%1&quot; (known: %2)</source>
        <translation>不明なアサーション種別「%1」（使えるもの: %2）</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="445"/>
        <source>the weight must be a number, 0 or more</source>
        <translation>重みは 0 以上の数値である必要があります</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="447"/>
        <source>the threshold must be a number</source>
        <translation>しきい値は数値である必要があります</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="451"/>
        <source>%1 needs a value: a string, a number or JSON</source>
        <translation>%1 には値が必要です: 文字列、数値、または JSON</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="455"/>
        <source>%1 needs a text value</source>
        <translation>%1 にはテキストの値が必要です</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="457"/>
        <source>the threshold must be 0 or more</source>
        <translation>しきい値は 0 以上である必要があります</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="460"/>
        <source>%1 needs a list of texts, or texts separated by commas</source>
        <translation>%1 にはテキストのリスト、またはカンマ区切りのテキストが必要です</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="463"/>
        <source>regex needs a regular expression as its value</source>
        <translation>regex の値には正規表現が必要です</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="466"/>
        <source>the regular expression is invalid at offset %1: %2</source>
        <translation>正規表現がオフセット %1 で無効です: %2</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="476"/>
        <source>the schema is unusable: %1</source>
        <translation>スキーマが使えません: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="480"/>
        <source>is-xml&apos;s value must list element paths (&quot;root.child&quot;)</source>
        <translation>is-xml の値には要素のパス（「root.child」）を並べる必要があります</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="484"/>
        <source>%1 needs a threshold, 0 or more</source>
        <translation>%1 には 0 以上のしきい値が必要です</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="487"/>
        <source>%1 needs the criteria as its value</source>
        <translation>%1 の値には基準が必要です</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="490"/>
        <source>factuality&apos;s value must be the reference answer (or empty: the case&apos;s ideal output)</source>
        <translation>factuality の値は参照解答である必要があります（空ならケースの理想の出力）</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="506"/>
        <source>%1 needs a grader model</source>
        <translation>%1 には採点モデルが必要です</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="514"/>
        <source>the output does not %1</source>
        <translation>出力は次を満たしません: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="515"/>
        <source>the output does %1</source>
        <translation>出力は次を満たします: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="518"/>
        <source>expected the output not to %1</source>
        <translation>出力が次を満たさないことを期待しました: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="519"/>
        <source>expected the output to %1</source>
        <translation>出力が次を満たすことを期待しました: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="568"/>
        <source>%1 at byte %2</source>
        <translation>%2 バイト目で %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="571"/>
        <source>expected exactly one JSON value</source>
        <translation>JSON の値がちょうど 1 つ必要です</translation>
    </message>
</context>
<context>
    <name>pw::GuideDialog</name>
    <message>
        <location filename="../../ui/helpwindows.cpp" line="145"/>
        <source>Promptwerk Guide</source>
        <translation>Promptwerk ガイド</translation>
    </message>
    <message>
        <location filename="../../ui/helpwindows.cpp" line="148"/>
        <source>This guide is in English only.</source>
        <translation>このガイドは英語のみです。</translation>
    </message>
</context>
<context>
    <name>pw::HistoryModel</name>
    <message>
        <location filename="../../ui/historymodel.cpp" line="43"/>
        <source>%1 in · %2 out</source>
        <translation>入力 %1 · 出力 %2</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="73"/>
        <source>%1 % passed (%2 of %3), mean score %4</source>
        <translation>合格 %1 %(%3 件中 %2)、平均スコア %4</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="84"/>
        <source>Revision %1: %2, %3</source>
        <translation>リビジョン %1: %2、%3</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="91"/>
        <source>Written for %1</source>
        <translation>対象: %1</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="93"/>
        <source>Task: %1</source>
        <translation>タスク: %1</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="95"/>
        <source>Feedback: %1</source>
        <translation>フィードバック: %1</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="97"/>
        <source>Round %1, candidate %2</source>
        <translation>ラウンド %1、候補 %2</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="98"/>
        <source>Training cases: %1</source>
        <translation>学習用ケース: %1</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="100"/>
        <source>Held-out cases: %1</source>
        <translation>検証用ケース: %1</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="122"/>
        <source>Typed</source>
        <translation>入力</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="124"/>
        <source>Generated</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="126"/>
        <source>Improved</source>
        <translation>改善</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="128"/>
        <source>Templatized</source>
        <translation>テンプレート化</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="130"/>
        <source>Imported</source>
        <translation>インポート</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="132"/>
        <source>Optimized %1.%2</source>
        <translation>最適化 %1.%2</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="133"/>
        <source>Optimized</source>
        <translation>最適化</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="137"/>
        <source>Restored #%1</source>
        <translation>#%1 を復元</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="142"/>
        <source>Revision %1</source>
        <translation>リビジョン %1</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="211"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="213"/>
        <source>Origin</source>
        <translation>由来</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="215"/>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="217"/>
        <source>Made with</source>
        <translation>使用モデル</translation>
    </message>
</context>
<context>
    <name>pw::HistoryPanel</name>
    <message>
        <location filename="../../ui/historypanel.cpp" line="31"/>
        <source>&amp;Compare</source>
        <translation>比較(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="31"/>
        <source>Compare with Current</source>
        <translation>現在と比較</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="32"/>
        <source>Rest&amp;ore</source>
        <translation>復元(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="41"/>
        <source>Revisions</source>
        <translation>リビジョン</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="44"/>
        <source>Select a revision to see it, two to compare them.</source>
        <translation>リビジョンを 1 つ選ぶと表示、2 つ選ぶと比較します。</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="48"/>
        <source>Show the selected revision beside the prompt as it is now</source>
        <translation>選んだリビジョンを現在のプロンプトの横に表示します</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="246"/>
        <source>Revision %1 and the current prompt</source>
        <translation>リビジョン %1 と現在のプロンプト</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="247"/>
        <source>Current prompt</source>
        <translation>現在のプロンプト</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="251"/>
        <source>Revision %1 and revision %2</source>
        <translation>リビジョン %1 とリビジョン %2</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="49"/>
        <source>Show the two selected revisions side by side</source>
        <translation>選択した 2 つのリビジョンを並べて表示します</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="50"/>
        <source>Make the selected revision the working copy again, as a new revision</source>
        <translation>選択したリビジョンを新しいリビジョンとして作業コピーに戻します</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="72"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="73"/>
        <source>Close the preview</source>
        <translation>プレビューを閉じる</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="77"/>
        <source>Revision preview</source>
        <translation>リビジョンのプレビュー</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="239"/>
        <location filename="../../ui/historypanel.cpp" line="253"/>
        <source>Revision %1 · %2</source>
        <translation>リビジョン %1 · %2</translation>
    </message>
</context>
<context>
    <name>pw::Importers</name>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="113"/>
        <source>%1: the file is empty: there is no prompt to import</source>
        <translation>%1: ファイルが空です。インポートするプロンプトがありません</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="133"/>
        <source>text before the first &quot;## System&quot;, &quot;## User&quot; or &quot;## Assistant&quot; heading; move it into a section or remove it</source>
        <translation>最初の &quot;## System&quot;、&quot;## User&quot;、&quot;## Assistant&quot; 見出しより前にテキストがあります。セクション内に移すか、削除してください</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="147"/>
        <source>the &quot;## %1&quot; section is empty</source>
        <translation>&quot;## %1&quot; セクションが空です</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="151"/>
        <source>a second &quot;## System&quot; section (a prompt has one system prompt)</source>
        <translation>2 つ目の &quot;## System&quot; セクションです（プロンプトのシステムプロンプトは 1 つです）</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="155"/>
        <source>&quot;## System&quot; must come before the messages</source>
        <translation>&quot;## System&quot; はメッセージより前に置く必要があります</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="164"/>
        <source>%1: there is a &quot;## System&quot; section but no &quot;## User&quot; message</source>
        <translation>%1: &quot;## System&quot; セクションはありますが、&quot;## User&quot; メッセージがありません</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="176"/>
        <location filename="../../core/exchange/importers.cpp" line="243"/>
        <source>%1: must be a string (found %2)</source>
        <translation>%1: 文字列である必要があります（検出された型: %2）</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="187"/>
        <source>invalid JSON: %1</source>
        <translation>不正な JSON です: %1</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="193"/>
        <source>a JSON prompt must be an object with &quot;messages&quot; (found an array)</source>
        <translation>JSON プロンプトは &quot;messages&quot; を持つオブジェクトである必要があります（配列が見つかりました）</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="197"/>
        <source>a generate_prompt request holds a task, not a prompt: there is nothing to import</source>
        <translation>generate_prompt リクエストにはプロンプトではなくタスクが入っています。インポートするものはありません</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="199"/>
        <source>%1: is required (a JSON prompt is {&quot;system&quot;: ..., &quot;messages&quot;: [...]})</source>
        <translation>%1: 必須です（JSON プロンプトの形式は {&quot;system&quot;: ..., &quot;messages&quot;: [...]} です）</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="219"/>
        <source>%1: holds no message: there is no prompt to import</source>
        <translation>%1: メッセージがありません。インポートするプロンプトがありません</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="225"/>
        <source>%1: only text blocks can be imported (found &quot;%2&quot;)</source>
        <translation>%1: インポートできるのはテキストブロックだけです（検出された値: &quot;%2&quot;）</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="249"/>
        <source>%1: must be an object (found %2)</source>
        <translation>%1: オブジェクトである必要があります（検出された型: %2）</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="317"/>
        <source>the file is not valid UTF-8 text (byte %1)</source>
        <translation>ファイルが正しい UTF-8 テキストではありません（バイト %1）</translation>
    </message>
</context>
<context>
    <name>pw::InputTokenCounter</name>
    <message>
        <location filename="../../ui/inputtokencounter.cpp" line="60"/>
        <source>Input: ≈%1 tokens (estimate)</source>
        <translation>入力: ≈%1 トークン（推定）</translation>
    </message>
    <message>
        <location filename="../../ui/inputtokencounter.cpp" line="60"/>
        <source>Input: %1 tokens</source>
        <translation>入力: %1 トークン</translation>
    </message>
    <message>
        <location filename="../../ui/inputtokencounter.cpp" line="69"/>
        <source>About four characters per token: the %1 engine has no token counter.</source>
        <translation>1 トークンあたり約 4 文字: %1 エンジンにはトークンカウンターがありません。</translation>
    </message>
    <message>
        <location filename="../../ui/inputtokencounter.cpp" line="75"/>
        <source>About four characters per token: a prompt without messages cannot be counted.</source>
        <translation>1 トークンあたり約 4 文字: メッセージのないプロンプトは数えられません。</translation>
    </message>
    <message>
        <location filename="../../ui/inputtokencounter.cpp" line="95"/>
        <source>About four characters per token: %1</source>
        <translation>1 トークンあたり約 4 文字: %1</translation>
    </message>
    <message>
        <location filename="../../ui/inputtokencounter.cpp" line="125"/>
        <source>About four characters per token: the count failed (%1).</source>
        <translation>1 トークンあたり約 4 文字: カウントに失敗しました（%1）。</translation>
    </message>
    <message>
        <location filename="../../ui/inputtokencounter.cpp" line="130"/>
        <source>Counted by the %1 engine&apos;s count_tokens for %2</source>
        <translation>%1 エンジンの count_tokens で %2 について数えました</translation>
    </message>
</context>
<context>
    <name>pw::JsonSchema</name>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="117"/>
        <source>must be one of %1, or an array of them</source>
        <translation>%1 のいずれか、またはその配列である必要があります</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="122"/>
        <source>must be an object</source>
        <translation>オブジェクトである必要があります</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="130"/>
        <source>must be an array of strings</source>
        <translation>文字列の配列である必要があります</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="134"/>
        <source>must be a schema (an object or a boolean)</source>
        <translation>スキーマ（オブジェクトまたは真偽値）である必要があります</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="137"/>
        <source>must be an array</source>
        <translation>配列である必要があります</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="142"/>
        <source>must be a non-empty array of schemas</source>
        <translation>空でないスキーマの配列である必要があります</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="146"/>
        <source>must be a number</source>
        <translation>数値である必要があります</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="151"/>
        <source>must be a whole number, 0 or more</source>
        <translation>0 以上の整数である必要があります</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="156"/>
        <source>must be a string</source>
        <translation>文字列である必要があります</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="160"/>
        <source>is not a valid regular expression: %1</source>
        <translation>有効な正規表現ではありません: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="172"/>
        <source>a schema must be an object or a boolean (found %1)</source>
        <translation>スキーマはオブジェクトか真偽値である必要があります（見つかったもの: %1）</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="181"/>
        <source>items as an array (tuple validation) is not supported</source>
        <translation>配列としての items（タプル検証）には対応していません</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="184"/>
        <source>the keyword is not supported (supported: %1)</source>
        <translation>このキーワードには対応していません（対応しているもの: %1）</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="242"/>
        <source>the required property &quot;%1&quot; is missing</source>
        <translation>必須のプロパティ「%1」がありません</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="252"/>
        <source>the property &quot;%1&quot; is not allowed</source>
        <translation>プロパティ「%1」は許可されていません</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="266"/>
        <source>no value is allowed here</source>
        <translation>ここには値を置けません</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="280"/>
        <source>expected %1 (found %2)</source>
        <translation>%1 が必要です（見つかったもの: %2）</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="285"/>
        <source>expected %1</source>
        <translation>%1 が必要です</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="292"/>
        <source>%1 is not one of %2</source>
        <translation>%1 は %2 のいずれでもありません</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="299"/>
        <source>matches none of the anyOf alternatives</source>
        <translation>anyOf のどの選択肢にも一致しません</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="305"/>
        <source>%1 is less than the minimum %2</source>
        <translation>%1 は最小値 %2 より小さいです</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="309"/>
        <source>%1 is more than the maximum %2</source>
        <translation>%1 は最大値 %2 より大きいです</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="317"/>
        <source>the text is shorter than %1 characters</source>
        <translation>テキストが %1 文字より短いです</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="321"/>
        <source>the text is longer than %1 characters</source>
        <translation>テキストが %1 文字より長いです</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="326"/>
        <source>the text does not match the pattern %1</source>
        <translation>テキストがパターン %1 に一致しません</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="333"/>
        <source>fewer than %1 items</source>
        <translation>項目が %1 個未満です</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="337"/>
        <source>more than %1 items</source>
        <translation>項目が %1 個を超えています</translation>
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
    <message>
        <location filename="../../ui/mainwindow.cpp" line="239"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="242"/>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="253"/>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="254"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="255"/>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="256"/>
        <source>Select A&amp;ll</source>
        <translation>すべて選択(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="260"/>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="262"/>
        <source>Find &amp;Next</source>
        <translation>次を検索(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="263"/>
        <source>Find Pre&amp;vious</source>
        <translation>前を検索(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="265"/>
        <source>R&amp;eplace…</source>
        <translation>置換(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="268"/>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="270"/>
        <source>&amp;Generate…</source>
        <translation>生成(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="272"/>
        <source>Write a new prompt from a task description (%1)</source>
        <translation>タスクの説明から新しいプロンプトを作成します (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="274"/>
        <source>&amp;Improve</source>
        <translation>改善(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="275"/>
        <source>Rewrite the prompt along best practice and your feedback (%1)</source>
        <translation>ベストプラクティスとフィードバックに沿ってプロンプトを書き直します (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="277"/>
        <source>&amp;Templatize</source>
        <translation>テンプレート化(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="279"/>
        <source>Replace the concrete values in the prompt by {{VARIABLES}} (%1)</source>
        <translation>プロンプト内の具体的な値を {{VARIABLES}} に置き換えます (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="281"/>
        <source>&amp;Cancel Run</source>
        <translation>実行を中止(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="282"/>
        <source>Stop the running tool, prompt or evaluation (Esc)</source>
        <translation>実行中のツール、プロンプト、評価を停止（Esc）</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="283"/>
        <source>&amp;Accept Result</source>
        <translation>結果を採用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="285"/>
        <source>&amp;Reject Result</source>
        <translation>結果を却下(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="287"/>
        <source>Retr&amp;y</source>
        <translation>再試行(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="288"/>
        <source>Ru&amp;n Prompt</source>
        <translation>プロンプトを実行(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="293"/>
        <source>Send the prompt, filled with the variables&apos; test values, to the target model (%1)</source>
        <translation>変数のテスト値を埋めたプロンプトを対象モデルに送信します（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="296"/>
        <source>Opti&amp;mize…</source>
        <translation>最適化(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="298"/>
        <source>Search for a better prompt against the test cases, and check it on cases it never saw (%1)</source>
        <translation>テストケースに照らしてより良いプロンプトを探し、見たことのないケースで確認します(%1)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="301"/>
        <source>&amp;Guide</source>
        <translation>ガイド(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="302"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="304"/>
        <source>&amp;Welcome Page</source>
        <translation>ようこそページ(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="362"/>
        <source>Variables and Checks</source>
        <translation>変数とチェック</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="388"/>
        <source>Run Prompt</source>
        <translation>プロンプトを実行</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="405"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="410"/>
        <source>Open Sa&amp;mple</source>
        <translation>サンプルを開く(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="421"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="424"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="435"/>
        <source>&amp;Message</source>
        <translation>メッセージ(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="441"/>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="449"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="457"/>
        <source>Go to &amp;System Prompt</source>
        <translation>システムプロンプトへ移動(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="458"/>
        <source>Go to &amp;Messages</source>
        <translation>メッセージへ移動(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="459"/>
        <source>Go to &amp;Feedback</source>
        <translation>フィードバックへ移動(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="461"/>
        <source>Go to &amp;Variables</source>
        <translation>変数へ移動(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="462"/>
        <source>Go to &amp;Evaluate</source>
        <translation>評価へ移動(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="467"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="470"/>
        <source>&amp;About Promptwerk</source>
        <translation>Promptwerk について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="471"/>
        <source>About Promptwerk</source>
        <translation>Promptwerk について</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="472"/>
        <source>&lt;b&gt;Promptwerk %1&lt;/b&gt;&lt;p&gt;A workbench for prompt authors: write, generate, improve and templatize prompts on any model, and compare before and after.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Promptwerk %1&lt;/b&gt;&lt;p&gt;プロンプト作成者のためのワークベンチです。あらゆるモデル向けにプロンプトを作成・生成・改善・テンプレート化し、変更前後を比較できます。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="480"/>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="506"/>
        <source>The engine the tools run on</source>
        <translation>ツールを実行するエンジン</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="507"/>
        <location filename="../../ui/mainwindow.cpp" line="686"/>
        <source>The model that runs the tools</source>
        <translation>ツールを実行するモデル</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="508"/>
        <source>Tokens of the last run</source>
        <translation>前回の実行のトークン数</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="509"/>
        <source>The request id of the last answer, for support</source>
        <translation>前回の応答のリクエスト ID（サポート用）</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="570"/>
        <source>The local engine works offline: choose claude, prompt-tools or openai to generate or improve.</source>
        <translation>local エンジンはオフラインで動作します。生成や改善には claude、prompt-tools、openai のいずれかを選択してください。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="661"/>
        <source>Settings saved; the API key is kept for this session only (the keychain did not store it).</source>
        <translation>設定を保存しました。API キーはこのセッションの間だけ保持されます（キーチェーンに保存されませんでした）。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="662"/>
        <source>Settings saved.</source>
        <translation>設定を保存しました。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="677"/>
        <source>Engine: %1</source>
        <translation>エンジン: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="681"/>
        <source>offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="683"/>
        <source>Tool model: the server&apos;s</source>
        <translation>ツールモデル: サーバー側</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="685"/>
        <source>Tool model: %1</source>
        <translation>ツールモデル: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="687"/>
        <source>No run yet</source>
        <translation>未実行</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="227"/>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="228"/>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="229"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="231"/>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="232"/>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="234"/>
        <source>Bring a prompt file into this document as a new revision</source>
        <translation>プロンプトファイルをこのドキュメントに新しいリビジョンとして取り込みます</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="235"/>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="237"/>
        <source>Write the prompt as code or a template for another tool</source>
        <translation>プロンプトをコードまたは他のツール用のテンプレートとして書き出します</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="379"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="408"/>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="625"/>
        <source>%1[*] — Promptwerk</source>
        <translation>%1[*] — Promptwerk</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="638"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
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
        <location filename="../../ui/messagebanner.cpp" line="23"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location filename="../../ui/messagebanner.cpp" line="50"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../ui/messagebanner.cpp" line="51"/>
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
        <location filename="../../ui/messagelisteditor.cpp" line="210"/>
        <source>&amp;Add Message</source>
        <translation>メッセージを追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="212"/>
        <source>&amp;Remove Message</source>
        <translation>メッセージを削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="213"/>
        <source>Move Message &amp;Up</source>
        <translation>メッセージを上へ(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="216"/>
        <source>Move Message &amp;Down</source>
        <translation>メッセージを下へ(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="220"/>
        <source>Toggle Ro&amp;le</source>
        <translation>ロールを切り替え(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="222"/>
        <source>+ Add Message</source>
        <translation>+ メッセージを追加</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="223"/>
        <source>Add a message after the current one</source>
        <translation>現在のメッセージの後にメッセージを追加します</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="406"/>
        <source>Message %1</source>
        <translation>メッセージ %1</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="413"/>
        <source>Message %1, %2</source>
        <translation>メッセージ %1、%2</translation>
    </message>
</context>
<context>
    <name>pw::ModelCatalog</name>
    <message>
        <location filename="../../core/catalog/modelcatalog.cpp" line="186"/>
        <source>Could not list the models of %1: %2</source>
        <translation>%1 のモデル一覧を取得できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>pw::ModelGrader</name>
    <message>
        <location filename="../../core/eval/modelgrader.cpp" line="50"/>
        <source>factuality needs a reference answer: the assertion&apos;s value or the case&apos;s ideal output</source>
        <translation>factuality には参照解答が必要です: アサーションの値かケースの理想の出力</translation>
    </message>
    <message>
        <location filename="../../core/eval/modelgrader.cpp" line="60"/>
        <source>%1 is not graded by a model</source>
        <translation>%1 はモデルで採点されません</translation>
    </message>
    <message>
        <location filename="../../core/eval/modelgrader.cpp" line="77"/>
        <source>the grader&apos;s verdict is not JSON: %1</source>
        <translation>採点モデルの判定が JSON ではありません: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/modelgrader.cpp" line="81"/>
        <source>the grader&apos;s verdict has the wrong shape: %1</source>
        <translation>採点モデルの判定の形が正しくありません: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/modelgrader.cpp" line="87"/>
        <source>the grader&apos;s score %1 is not between 0 and 1</source>
        <translation>採点モデルのスコア %1 が 0 から 1 の範囲にありません</translation>
    </message>
    <message>
        <location filename="../../core/eval/modelgrader.cpp" line="100"/>
        <source>(score %1 is below the threshold %2)</source>
        <translation>（スコア %1 はしきい値 %2 未満です）</translation>
    </message>
    <message>
        <location filename="../../core/eval/modelgrader.cpp" line="134"/>
        <location filename="../../core/eval/modelgrader.cpp" line="135"/>
        <source>grading was canceled</source>
        <translation>採点はキャンセルされました</translation>
    </message>
    <message>
        <location filename="../../core/eval/modelgrader.cpp" line="146"/>
        <source>the grader model failed: %1</source>
        <translation>採点モデルが失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/modelgrader.cpp" line="151"/>
        <source>the grader model refused to grade</source>
        <translation>採点モデルが採点を拒否しました</translation>
    </message>
    <message>
        <location filename="../../core/eval/modelgrader.cpp" line="155"/>
        <source>the grader model&apos;s verdict was cut off</source>
        <translation>採点モデルの判定が途中で切れました</translation>
    </message>
    <message>
        <location filename="../../core/eval/modelgrader.cpp" line="207"/>
        <source>%1 needs a grader model, and none is set up</source>
        <translation>%1 には採点モデルが必要ですが、設定されていません</translation>
    </message>
    <message>
        <location filename="../../core/eval/modelgrader.cpp" line="209"/>
        <source>the grader model &quot;%1&quot; cannot be used</source>
        <translation>採点モデル「%1」は使えません</translation>
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
        <location filename="../../core/tools/modeltoolrun.cpp" line="183"/>
        <source>Waiting for %1…</source>
        <translation>%1 を待っています…</translation>
    </message>
    <message>
        <location filename="../../core/tools/modeltoolrun.cpp" line="193"/>
        <source>%1 is writing…</source>
        <translation>%1 が書いています…</translation>
    </message>
    <message>
        <location filename="../../core/tools/modeltoolrun.cpp" line="224"/>
        <source>%1 declined to do this (stop reason: refusal). Rephrase the request or try another model.</source>
        <translation>%1 はこの要求を断りました（停止理由: refusal）。言い換えるか、別のモデルを試してください。</translation>
    </message>
    <message>
        <location filename="../../core/tools/modeltoolrun.cpp" line="230"/>
        <source>The answer was cut off at the output budget of %1 tokens. Retry with a larger budget.</source>
        <translation>回答は出力上限の %1 トークンで途切れました。上限を増やして再試行してください。</translation>
    </message>
    <message>
        <location filename="../../core/tools/modeltoolrun.cpp" line="236"/>
        <source>The answer was cut off: the prompt and the answer outgrew the context window of %1. Shorten the prompt or choose a tool model with a larger context window.</source>
        <translation>回答が途切れました。プロンプトと回答が %1 のコンテキストウィンドウを超えました。プロンプトを短くするか、より大きなコンテキストウィンドウを持つツールモデルを選択してください。</translation>
    </message>
    <message>
        <location filename="../../core/tools/modeltoolrun.cpp" line="250"/>
        <source>The model&apos;s answer is not usable JSON, even after one repair attempt: %1</source>
        <translation>モデルの回答は、1 回修復を試みても使用可能な JSON になりませんでした: %1</translation>
    </message>
    <message>
        <location filename="../../core/tools/modeltoolrun.cpp" line="261"/>
        <source>Repairing the model&apos;s answer…</source>
        <translation>モデルの回答を修復しています…</translation>
    </message>
</context>
<context>
    <name>pw::OptimizeChart</name>
    <message>
        <location filename="../../ui/evaluate/optimizechart.cpp" line="22"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizechart.cpp" line="40"/>
        <source>Score per round</source>
        <translation>ラウンドごとのスコア</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizechart.cpp" line="56"/>
        <source>%1 tokens</source>
        <translation>%1 トークン</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizechart.cpp" line="60"/>
        <source>%1 · ≈ $%2 (estimate)</source>
        <translation>%1 · ≈ $%2(見積もり)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizechart.cpp" line="61"/>
        <source>%1 · ≈ $%2 (estimate; some models have no price)</source>
        <translation>%1 · ≈ $%2(見積もり。価格のないモデルがあります)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizechart.cpp" line="69"/>
        <location filename="../../ui/evaluate/optimizechart.cpp" line="170"/>
        <source>Original</source>
        <translation>元のプロンプト</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizechart.cpp" line="69"/>
        <source>Round %1</source>
        <translation>ラウンド %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizechart.cpp" line="71"/>
        <source>%1: running</source>
        <translation>%1: 実行中</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/optimizechart.cpp" line="74"/>
        <source>%1: best training score %2, %n candidate(s) evaluated, %3 tokens</source>
        <translation>
            <numerusform>%1: 最高学習スコア %2、評価した候補 %n 件、%3 トークン</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizechart.cpp" line="79"/>
        <source>Held-out cases: original %1, winner %2</source>
        <translation>検証用ケース: 元 %1、勝者 %2</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizechart.cpp" line="124"/>
        <source>Training (best)</source>
        <translation>学習(最良)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizechart.cpp" line="128"/>
        <source>Candidates</source>
        <translation>候補</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizechart.cpp" line="133"/>
        <source>Held-out</source>
        <translation>検証</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizechart.cpp" line="138"/>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
</context>
<context>
    <name>pw::OptimizeDialog</name>
    <message>
        <location filename="../../ui/evaluate/optimizedialog.cpp" line="45"/>
        <source>Optimize the Prompt</source>
        <translation>プロンプトの最適化</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizedialog.cpp" line="47"/>
        <source>The tool model writes improved candidates from the failing cases, round by round; each is scored on the training cases, and the winner is checked on held-out cases it never saw.</source>
        <translation>ツールモデルが失敗したケースをもとに改善した候補をラウンドごとに書きます。各候補は学習用ケースで採点され、勝者は見たことのない検証用ケースで確認されます。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizedialog.cpp" line="56"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizedialog.cpp" line="60"/>
        <source> thousand tokens</source>
        <translation> 千トークン</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizedialog.cpp" line="61"/>
        <source>no limit</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizedialog.cpp" line="64"/>
        <source>&amp;Rounds:</source>
        <translation>ラウンド数(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizedialog.cpp" line="65"/>
        <source>&amp;Candidates per round:</source>
        <translation>ラウンドごとの候補数(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizedialog.cpp" line="66"/>
        <source>&amp;Held out:</source>
        <translation>検証用(&amp;H):</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizedialog.cpp" line="67"/>
        <source>&amp;Seed of the split:</source>
        <translation>分割のシード(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizedialog.cpp" line="68"/>
        <source>Token &amp;budget:</source>
        <translation>トークン予算(&amp;B):</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizedialog.cpp" line="76"/>
        <source>&amp;Optimize</source>
        <translation>最適化(&amp;O)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/optimizedialog.cpp" line="128"/>
        <source>%n case(s) in the suite: %1 for training, %2 held out.</source>
        <translation>
            <numerusform>スイートのケース %n 件: 学習用 %1、検証用 %2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pw::OptimizePanel</name>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="27"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="42"/>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="126"/>
        <source>Preparing the engine…</source>
        <translation>エンジンを準備中…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="44"/>
        <source>Scoring the original on the training cases…</source>
        <translation>元のプロンプトを学習用ケースで採点中…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="46"/>
        <source>Round %1: the tool model writes %n candidate(s)…</source>
        <translation>
            <numerusform>ラウンド %1: ツールモデルが候補を %n 件作成中…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="48"/>
        <source>Round %1: scoring the candidates on the training cases…</source>
        <translation>ラウンド %1: 候補を学習用ケースで採点中…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="50"/>
        <source>Checking the winner and the original on the held-out cases…</source>
        <translation>勝者と元のプロンプトを検証用ケースで確認中…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="61"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="62"/>
        <source>Show the Winner</source>
        <translation>勝者を表示</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="63"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="68"/>
        <source>Optimization</source>
        <translation>最適化</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="79"/>
        <source>Stop now and keep the best prompt so far (Esc)</source>
        <translation>今すぐ止めて、これまでで最良のプロンプトを残します(Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="88"/>
        <source>Prompts tried</source>
        <translation>試したプロンプト</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="90"/>
        <source>Round</source>
        <translation>ラウンド</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="90"/>
        <source>Candidate</source>
        <translation>候補</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="90"/>
        <source>Training score</source>
        <translation>学習スコア</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="90"/>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="90"/>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="90"/>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="90"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="148"/>
        <source>Original</source>
        <translation>元のプロンプト</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="152"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="154"/>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="224"/>
        <source>%1 of %2</source>
        <translation>%2 件中 %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="217"/>
        <source>%1 tokens</source>
        <translation>%1 トークン</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="219"/>
        <source>≈ $%1 (estimate)</source>
        <translation>≈ $%1(見積もり)</translation>
    </message>
</context>
<context>
    <name>pw::OptimizeRunner</name>
    <message>
        <location filename="../../ui/evaluate/optimizerunner.cpp" line="44"/>
        <source>The %1 engine cannot write candidates and run them: choose claude or openai in the toolbar.</source>
        <translation>%1 エンジンでは候補の作成と実行ができません: ツールバーで claude か openai を選んでください。</translation>
    </message>
</context>
<context>
    <name>pw::Optimizer</name>
    <message>
        <location filename="../../core/eval/optimizer.cpp" line="111"/>
        <source>With %1 case(s) nothing can be held out: the winner is not checked on cases the search did not see.</source>
        <translation>ケースが %1 件では検証用に取り分けられません: 勝者は探索に使っていないケースで確認されません。</translation>
    </message>
    <message>
        <location filename="../../core/eval/optimizer.cpp" line="115"/>
        <source>Only %1 case(s) are held out: one case moves the held-out score by %2 points, so take the comparison as a hint (%3 or more held-out cases mean more).</source>
        <translation>検証用のケースは %1 件だけです: 1 件で検証スコアが %2 ポイント動くため、比較は目安としてご覧ください(検証用が %3 件以上あればより確かです)。</translation>
    </message>
    <message>
        <location filename="../../core/eval/optimizer.cpp" line="280"/>
        <source>original</source>
        <translation>元のプロンプト</translation>
    </message>
    <message>
        <location filename="../../core/eval/optimizer.cpp" line="418"/>
        <source>The tool model did not write it: %1</source>
        <translation>ツールモデルが作成できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/optimizer.cpp" line="425"/>
        <source>It drops %1 of the original.</source>
        <translation>元のプロンプトの %1 が失われています。</translation>
    </message>
    <message>
        <location filename="../../core/eval/optimizer.cpp" line="427"/>
        <source>It is the same as the best prompt so far.</source>
        <translation>これまでで最良のプロンプトと同じです。</translation>
    </message>
    <message>
        <location filename="../../core/eval/optimizer.cpp" line="462"/>
        <location filename="../../core/eval/optimizer.cpp" line="510"/>
        <source>Not evaluated: the budget was spent.</source>
        <translation>評価されていません: 予算を使い切りました。</translation>
    </message>
    <message>
        <location filename="../../core/eval/optimizer.cpp" line="479"/>
        <source>round %1, candidate %2</source>
        <translation>ラウンド %1、候補 %2</translation>
    </message>
    <message>
        <location filename="../../core/eval/optimizer.cpp" line="548"/>
        <source>original, held out</source>
        <translation>元のプロンプト(検証用)</translation>
    </message>
    <message>
        <location filename="../../core/eval/optimizer.cpp" line="551"/>
        <source>winner, held out</source>
        <translation>勝者(検証用)</translation>
    </message>
    <message>
        <location filename="../../core/eval/optimizer.cpp" line="609"/>
        <source>Round %1 brought no better prompt.</source>
        <translation>ラウンド %1 ではより良いプロンプトは見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../../core/eval/optimizer.cpp" line="612"/>
        <source>Every training case passes: the failures the search learns from are gone.</source>
        <translation>すべての学習用ケースが合格しました: 探索が学ぶ失敗がありません。</translation>
    </message>
    <message>
        <location filename="../../core/eval/optimizer.cpp" line="615"/>
        <source>All %1 round(s) are done.</source>
        <translation>%1 ラウンドすべてが終わりました。</translation>
    </message>
    <message>
        <location filename="../../core/eval/optimizer.cpp" line="618"/>
        <source>The budget of %1 tokens is spent.</source>
        <translation>%1 トークンの予算を使い切りました。</translation>
    </message>
    <message>
        <location filename="../../core/eval/optimizer.cpp" line="621"/>
        <source>The budget of $%1 is spent.</source>
        <translation>$%1 の予算を使い切りました。</translation>
    </message>
    <message>
        <location filename="../../core/eval/optimizer.cpp" line="624"/>
        <source>Canceled: the best prompt so far (training score %1) is the winner; it was not checked on the held-out cases.</source>
        <translation>キャンセルしました: これまでで最良のプロンプト(学習スコア %1)が勝者です。検証用ケースでは確認されていません。</translation>
    </message>
</context>
<context>
    <name>pw::PriceTable</name>
    <message>
        <location filename="../../core/eval/prices.cpp" line="56"/>
        <source>expected a JSON object with &quot;prices&quot;</source>
        <translation>「prices」を持つ JSON オブジェクトが必要です</translation>
    </message>
    <message>
        <location filename="../../core/eval/prices.cpp" line="65"/>
        <source>must be a number from 0 to 1</source>
        <translation>0 から 1 の数値である必要があります</translation>
    </message>
    <message>
        <location filename="../../core/eval/prices.cpp" line="73"/>
        <source>must be an array (found %1)</source>
        <translation>配列である必要があります（見つかったもの: %1）</translation>
    </message>
    <message>
        <location filename="../../core/eval/prices.cpp" line="83"/>
        <source>must be an object with a non-empty &quot;match&quot;</source>
        <translation>空でない「match」を持つオブジェクトである必要があります</translation>
    </message>
    <message>
        <location filename="../../core/eval/prices.cpp" line="94"/>
        <source>must be a number, 0 or more</source>
        <translation>0 以上の数値である必要があります</translation>
    </message>
    <message>
        <location filename="../../core/eval/prices.cpp" line="112"/>
        <source>cannot read the file: %1</source>
        <translation>ファイルを読み込めません: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/prices.cpp" line="118"/>
        <source>(the bundled prices are used)</source>
        <translation>（同梱の価格を使います）</translation>
    </message>
</context>
<context>
    <name>pw::PromptAnalysis</name>
    <message numerus="yes">
        <location filename="../../core/analysis/promptanalysis.cpp" line="37"/>
        <source>%n more finding(s) not shown; promptwerk-cli lint lists them all.</source>
        <translation>
            <numerusform>ほかに %n 件の指摘は表示されていません。promptwerk-cli lint ですべて表示できます。</numerusform>
        </translation>
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
        <location filename="../../core/analysis/checks.cpp" line="205"/>
        <source>the %1 message is empty</source>
        <translation>%1 メッセージが空です</translation>
    </message>
    <message>
        <location filename="../../core/analysis/checks.cpp" line="206"/>
        <source>the %1 message is only whitespace</source>
        <translation>%1 メッセージが空白だけです</translation>
    </message>
    <message>
        <location filename="../../core/analysis/checks.cpp" line="216"/>
        <source>this text block is empty or only whitespace, which the API rejects</source>
        <translation>このテキストブロックは空か空白だけです。API はこれを拒否します</translation>
    </message>
</context>
<context>
    <name>pw::PromptDiff</name>
    <message>
        <location filename="../../ui/prompttext.cpp" line="16"/>
        <location filename="../../core/diff/promptdiff.cpp" line="147"/>
        <source>user</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location filename="../../ui/prompttext.cpp" line="17"/>
        <location filename="../../core/diff/promptdiff.cpp" line="148"/>
        <source>assistant</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <location filename="../../ui/prompttext.cpp" line="19"/>
        <location filename="../../core/diff/promptdiff.cpp" line="149"/>
        <source>Message %1 · %2</source>
        <translation>メッセージ %1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/prompttext.cpp" line="13"/>
        <location filename="../../core/diff/promptdiff.cpp" line="203"/>
        <location filename="../../core/diff/promptdiff.cpp" line="210"/>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <location filename="../../core/diff/promptdiff.cpp" line="216"/>
        <source>1 change</source>
        <translation>変更 1 件</translation>
    </message>
    <message>
        <location filename="../../core/diff/promptdiff.cpp" line="217"/>
        <source>%1 changes</source>
        <translation>変更 %1 件</translation>
    </message>
    <message>
        <location filename="../../core/diff/promptdiff.cpp" line="218"/>
        <source> · words +%1 −%2</source>
        <translation> · 単語 +%1 −%2</translation>
    </message>
    <message>
        <location filename="../../core/diff/promptdiff.cpp" line="219"/>
        <source> · variables +%1 −%2</source>
        <translation> · 変数 +%1 −%2</translation>
    </message>
    <message>
        <location filename="../../core/diff/promptdiff.cpp" line="223"/>
        <source>, %1 renamed</source>
        <translation>、名前変更 %1</translation>
    </message>
    <message>
        <location filename="../../core/diff/promptdiff.cpp" line="225"/>
        <source> · messages +%1 −%2, %3 moved</source>
        <translation> · メッセージ +%1 −%2、移動 %3</translation>
    </message>
    <message>
        <location filename="../../core/diff/promptdiff.cpp" line="230"/>
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
    <name>pw::PromptRun</name>
    <message>
        <location filename="../../core/eval/promptrun.cpp" line="24"/>
        <source>(no engine)</source>
        <translation>（エンジンなし）</translation>
    </message>
    <message>
        <location filename="../../core/eval/promptrun.cpp" line="77"/>
        <source>the %1 engine cannot run prompts; engines that can: %2</source>
        <translation>%1 エンジンではプロンプトを実行できません。実行できるエンジン: %2</translation>
    </message>
    <message>
        <location filename="../../core/eval/promptrun.cpp" line="84"/>
        <source>no target model: choose the model to run the prompt on</source>
        <translation>ターゲットモデルがありません: プロンプトを実行するモデルを選んでください</translation>
    </message>
    <message>
        <location filename="../../core/eval/promptrun.cpp" line="86"/>
        <source>the prompt has no message to send</source>
        <translation>プロンプトに送信するメッセージがありません</translation>
    </message>
    <message>
        <location filename="../../core/eval/promptrun.cpp" line="89"/>
        <source>max_tokens must be at least 1 (found %1)</source>
        <translation>max_tokens は 1 以上である必要があります（検出された値: %1）</translation>
    </message>
    <message>
        <location filename="../../core/eval/promptrun.cpp" line="94"/>
        <source>temperature must be from 0 to %1 (found %2)</source>
        <translation>temperature は 0 から %1 の間である必要があります（検出された値: %2）</translation>
    </message>
    <message>
        <location filename="../../core/eval/promptrun.cpp" line="100"/>
        <source>top_p must be from 0 to 1 (found %1)</source>
        <translation>top_p は 0 から 1 の間である必要があります（検出された値: %1）</translation>
    </message>
    <message>
        <location filename="../../core/eval/promptrun.cpp" line="104"/>
        <source>a stop sequence must contain something other than white space</source>
        <translation>停止シーケンスには空白以外の文字が必要です</translation>
    </message>
    <message>
        <location filename="../../core/eval/promptrun.cpp" line="112"/>
        <source>a thinking budget is a Messages API setting: the openai engine cannot send one</source>
        <translation>思考予算は Messages API の設定です: openai エンジンでは送信できません</translation>
    </message>
    <message>
        <location filename="../../core/eval/promptrun.cpp" line="119"/>
        <source>%1 rejects a prefill (a last message from the assistant): Claude 4.6 and later models do; remove the last assistant message or ask for the start of the answer in the user message</source>
        <translation>%1 はプリフィル（最後のアシスタントメッセージ）を拒否します: Claude 4.6 以降のモデルは拒否します。最後のアシスタントメッセージを削除するか、回答の書き出しをユーザーメッセージで指示してください</translation>
    </message>
    <message>
        <location filename="../../core/eval/promptrun.cpp" line="126"/>
        <source>%1 rejects temperature and top_p: Claude 4.7 and later models do; leave them unset</source>
        <translation>%1 は temperature と top_p を拒否します: Claude 4.7 以降のモデルは拒否します。設定しないでください</translation>
    </message>
    <message>
        <location filename="../../core/eval/promptrun.cpp" line="133"/>
        <source>the thinking budget must be at least %1 tokens (found %2)</source>
        <translation>思考予算は %1 トークン以上である必要があります（検出された値: %2）</translation>
    </message>
    <message>
        <location filename="../../core/eval/promptrun.cpp" line="138"/>
        <source>the thinking budget (%1) must be below max_tokens (%2): thinking counts towards max_tokens</source>
        <translation>思考予算（%1）は max_tokens（%2）未満である必要があります: 思考は max_tokens に含まれます</translation>
    </message>
    <message>
        <location filename="../../core/eval/promptrun.cpp" line="144"/>
        <source>extended thinking cannot be combined with a prefill (a last message from the assistant)</source>
        <translation>拡張思考はプリフィル（最後のアシスタントメッセージ）と併用できません</translation>
    </message>
    <message>
        <location filename="../../core/eval/promptrun.cpp" line="148"/>
        <source>extended thinking takes no temperature other than 1 and no top_p below 0.95</source>
        <translation>拡張思考では temperature は 1 のみ、top_p は 0.95 以上のみ使えます</translation>
    </message>
    <message>
        <location filename="../../core/eval/promptrun.cpp" line="251"/>
        <source>canceled</source>
        <translation>中止</translation>
    </message>
</context>
<context>
    <name>pw::PromptRunPanel</name>
    <message>
        <location filename="../../ui/promptrunpanel.cpp" line="22"/>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <location filename="../../ui/promptrunpanel.cpp" line="23"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../../ui/promptrunpanel.cpp" line="34"/>
        <source>%1 in · %2 out</source>
        <translation>入力 %1 · 出力 %2</translation>
    </message>
    <message>
        <location filename="../../ui/promptrunpanel.cpp" line="37"/>
        <source>first token %1</source>
        <translation>最初のトークン %1</translation>
    </message>
    <message>
        <location filename="../../ui/promptrunpanel.cpp" line="39"/>
        <source>total %1</source>
        <translation>合計 %1</translation>
    </message>
    <message>
        <location filename="../../ui/promptrunpanel.cpp" line="43"/>
        <source>≈ $%1 (estimate)</source>
        <translation>≈ $%1（推定）</translation>
    </message>
    <message>
        <location filename="../../ui/promptrunpanel.cpp" line="45"/>
        <source>cost unknown (no price for this model)</source>
        <translation>費用不明（このモデルの価格がありません）</translation>
    </message>
    <message>
        <location filename="../../ui/promptrunpanel.cpp" line="51"/>
        <source>Answer</source>
        <translation>応答</translation>
    </message>
    <message>
        <location filename="../../ui/promptrunpanel.cpp" line="52"/>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/promptrunpanel.cpp" line="52"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../ui/promptrunpanel.cpp" line="62"/>
        <source>Stop the run (Esc)</source>
        <translation>実行を停止（Esc）</translation>
    </message>
    <message>
        <location filename="../../ui/promptrunpanel.cpp" line="79"/>
        <source>The answer of the prompt, filled with the variables&apos; test values, appears here.</source>
        <translation>変数のテスト値を埋めたプロンプトへの応答がここに表示されます。</translation>
    </message>
    <message>
        <location filename="../../ui/promptrunpanel.cpp" line="80"/>
        <source>Answer of the prompt</source>
        <translation>プロンプトへの応答</translation>
    </message>
    <message>
        <location filename="../../ui/promptrunpanel.cpp" line="86"/>
        <source>Stop reason, input and output tokens, time to first token, total time and the cost estimated from list prices</source>
        <translation>停止理由、入力と出力のトークン、最初のトークンまでの時間、合計時間、定価から推定した費用</translation>
    </message>
    <message>
        <location filename="../../ui/promptrunpanel.cpp" line="97"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/promptrunpanel.cpp" line="103"/>
        <source>Answer of %1</source>
        <translation>%1 の応答</translation>
    </message>
    <message>
        <location filename="../../ui/promptrunpanel.cpp" line="163"/>
        <source>Running… %1</source>
        <translation>実行中… %1</translation>
    </message>
</context>
<context>
    <name>pw::PromptRunner</name>
    <message>
        <location filename="../../ui/promptrunner.cpp" line="28"/>
        <source>Looking up the %1 engine&apos;s settings…</source>
        <translation>%1 エンジンの設定を確認しています…</translation>
    </message>
    <message>
        <location filename="../../ui/promptrunner.cpp" line="61"/>
        <source>Waiting for %1…</source>
        <translation>%1 を待っています…</translation>
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
        <location filename="../../core/prompt/validation.cpp" line="49"/>
        <source>the first message must be from the user (found &quot;assistant&quot;)</source>
        <translation>最初のメッセージはユーザーからである必要があります（&quot;assistant&quot; が見つかりました）</translation>
    </message>
    <message>
        <location filename="../../core/prompt/validation.cpp" line="53"/>
        <source>an assistant message is only allowed last, as a prefill</source>
        <translation>アシスタントメッセージは最後にプリフィルとしてのみ使用できます</translation>
    </message>
</context>
<context>
    <name>pw::PromptWorkspace</name>
    <message>
        <location filename="../../ui/promptworkspace.cpp" line="67"/>
        <source>Typing Feedback</source>
        <translation>フィードバックの入力</translation>
    </message>
    <message>
        <location filename="../../ui/promptworkspace.cpp" line="93"/>
        <source>Typing</source>
        <translation>入力</translation>
    </message>
    <message>
        <location filename="../../ui/promptworkspace.cpp" line="139"/>
        <source>Add Message</source>
        <translation>メッセージを追加</translation>
    </message>
    <message>
        <location filename="../../ui/promptworkspace.cpp" line="148"/>
        <source>Remove Message</source>
        <translation>メッセージを削除</translation>
    </message>
    <message>
        <location filename="../../ui/promptworkspace.cpp" line="156"/>
        <source>Move Message</source>
        <translation>メッセージを移動</translation>
    </message>
    <message>
        <location filename="../../ui/promptworkspace.cpp" line="165"/>
        <source>Change Role</source>
        <translation>ロールを変更</translation>
    </message>
    <message>
        <location filename="../../ui/promptworkspace.cpp" line="176"/>
        <source>Edit Value of %1</source>
        <translation>%1 の値を編集</translation>
    </message>
    <message>
        <location filename="../../ui/promptworkspace.cpp" line="206"/>
        <source>Change Target Model</source>
        <translation>対象モデルを変更</translation>
    </message>
</context>
<context>
    <name>pw::ResultsModel</name>
    <message>
        <location filename="../../ui/evaluate/resultsmodel.cpp" line="168"/>
        <source>not run</source>
        <translation>未実行</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultsmodel.cpp" line="170"/>
        <source>error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultsmodel.cpp" line="172"/>
        <source>canceled</source>
        <translation>中止</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultsmodel.cpp" line="175"/>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
</context>
<context>
    <name>pw::ResultsPanel</name>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="62"/>
        <source>not run</source>
        <translation>未実行</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="65"/>
        <source>passed, score %1</source>
        <translation>合格、スコア %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="66"/>
        <source>failed, score %1</source>
        <translation>不合格、スコア %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="68"/>
        <source>error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="70"/>
        <source>canceled</source>
        <translation>中止</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="74"/>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="86"/>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="99"/>
        <source>P: passes, F: fails, 1–5: rating, 0: clear your grade</source>
        <translation>P: 合格、F: 不合格、1–5: 評価、0: 自分の評価を消去</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="102"/>
        <source>All cases</source>
        <translation>すべてのケース</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="103"/>
        <source>Failures</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="104"/>
        <source>Versions disagree</source>
        <translation>バージョンで結果が異なる</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="112"/>
        <source>Result detail</source>
        <translation>結果の詳細</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="114"/>
        <source>Your comment on this output</source>
        <translation>この出力へのコメント</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="121"/>
        <source>Show:</source>
        <translation>表示:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="137"/>
        <source>Comment:</source>
        <translation>コメント:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="277"/>
        <source>&lt;p&gt;Choose a result to see the whole output.&lt;/p&gt;</source>
        <translation>&lt;p&gt;結果を選ぶと出力全体が表示されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="288"/>
        <source>%1 in, %2 out</source>
        <translation>入力 %1、出力 %2</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="290"/>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="292"/>
        <source>≈ $%1 (estimate)</source>
        <translation>≈ $%1（推定）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="316"/>
        <source>From %1 to %2</source>
        <translation>%1 から %2 へ</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="338"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: not run yet</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: まだ実行されていません</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="348"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 of %3 passed (%4 %), mean score %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %3 件中 %2 件合格（%4 %）、平均スコア %5</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/resultspanel.cpp" line="355"/>
        <source>, %n error(s)</source>
        <translation>
            <numerusform>、エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/resultspanel.cpp" line="357"/>
        <source>, %n not run</source>
        <translation>
            <numerusform>、未実行 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="358"/>
        <source> · %1 tokens</source>
        <translation> · %1 トークン</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="360"/>
        <source> · ≈ $%1 (estimate)</source>
        <translation> · ≈ $%1（推定）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="362"/>
        <source> · p50 %1 ms, p95 %2 ms</source>
        <translation> · p50 %1 ミリ秒、p95 %2 ミリ秒</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="377"/>
        <source> · your grades: %1 pass, %2 fail</source>
        <translation> · あなたの評価: 合格 %1、不合格 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/resultspanel.cpp" line="379"/>
        <source>, mean rating %1 (%n rated)</source>
        <translation>
            <numerusform>、平均評価 %1（%n 件評価済み）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pw::RunPanel</name>
    <message>
        <location filename="../../ui/runpanel.cpp" line="24"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../ui/runpanel.cpp" line="32"/>
        <source>Time since the run started</source>
        <translation>実行開始からの経過時間</translation>
    </message>
    <message>
        <location filename="../../ui/runpanel.cpp" line="33"/>
        <source>Tokens used so far (≈: estimated from the text received)</source>
        <translation>これまでに使用したトークン数（≈: 受信したテキストからの推定）</translation>
    </message>
    <message>
        <location filename="../../ui/runpanel.cpp" line="52"/>
        <source>The prompt appears here as the model writes it.</source>
        <translation>モデルが書くにつれて、ここにプロンプトが表示されます。</translation>
    </message>
    <message>
        <location filename="../../ui/runpanel.cpp" line="53"/>
        <source>Streamed answer</source>
        <translation>ストリーミング中の回答</translation>
    </message>
    <message>
        <location filename="../../ui/runpanel.cpp" line="78"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/runpanel.cpp" line="192"/>
        <source>%1 in · %2%3 out</source>
        <translation>入力 %1 · 出力 %2%3</translation>
    </message>
</context>
<context>
    <name>pw::RunQueue</name>
    <message>
        <location filename="../../core/eval/runqueue.cpp" line="203"/>
        <source>The organisation&apos;s spend limit is reached (enforced_spend_limit_reached), so the run stopped; the finished cells are kept. Raise the limit in the console, then resume the run.</source>
        <translation>組織の利用上限に達したため（enforced_spend_limit_reached）、実行を停止しました。完了したセルは保持されています。コンソールで上限を引き上げてから、実行を再開してください。</translation>
    </message>
    <message>
        <location filename="../../core/eval/runqueue.cpp" line="207"/>
        <source>The run stopped: %1</source>
        <translation>実行が停止しました: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/runqueue.cpp" line="247"/>
        <source>case %1 is not among the test cases</source>
        <translation>ケース %1 はテストケースにありません</translation>
    </message>
    <message>
        <location filename="../../core/eval/promptrun.cpp" line="50"/>
        <source>case %1 has no value for %2</source>
        <translation>ケース %1 には %2 の値がありません</translation>
    </message>
</context>
<context>
    <name>pw::RunSettingsPanel</name>
    <message>
        <location filename="../../ui/runsettingspanel.cpp" line="128"/>
        <source>Temperat&amp;ure:</source>
        <translation>温度(&amp;U):</translation>
    </message>
    <message>
        <location filename="../../ui/runsettingspanel.cpp" line="129"/>
        <source>Top &amp;p:</source>
        <translation>Top &amp;p:</translation>
    </message>
    <message>
        <location filename="../../ui/runsettingspanel.cpp" line="165"/>
        <source>Where the prompt runs: the target model is sent this engine&apos;s way</source>
        <translation>プロンプトの実行先: 対象モデルへはこのエンジンの方式で送信されます</translation>
    </message>
    <message>
        <location filename="../../ui/runsettingspanel.cpp" line="166"/>
        <source>Run &amp;with:</source>
        <translation>実行エンジン(&amp;W):</translation>
    </message>
    <message>
        <location filename="../../ui/runsettingspanel.cpp" line="171"/>
        <source>The most tokens the answer may have (thinking included)</source>
        <translation>応答が使える最大トークン数（思考を含む）</translation>
    </message>
    <message>
        <location filename="../../ui/runsettingspanel.cpp" line="172"/>
        <source>Ma&amp;x tokens:</source>
        <translation>最大トークン数(&amp;X):</translation>
    </message>
    <message>
        <location filename="../../ui/runsettingspanel.cpp" line="180"/>
        <source>Unticked: not sent, the model&apos;s default applies</source>
        <translation>チェックなし: 送信せず、モデルの既定値を使います</translation>
    </message>
    <message>
        <location filename="../../ui/runsettingspanel.cpp" line="193"/>
        <source>none; separate with commas</source>
        <translation>なし（カンマで区切る）</translation>
    </message>
    <message>
        <location filename="../../ui/runsettingspanel.cpp" line="194"/>
        <source>Text that ends the answer when the model writes it. Separate several with commas; \n is a line break, \, a comma, \\ a backslash.</source>
        <translation>モデルが書くと応答を終える文字列。複数ある場合はカンマで区切ります。\n は改行、\, はカンマ、\\ はバックスラッシュです。</translation>
    </message>
    <message>
        <location filename="../../ui/runsettingspanel.cpp" line="196"/>
        <source>Stop se&amp;quences:</source>
        <translation>停止シーケンス(&amp;Q):</translation>
    </message>
    <message>
        <location filename="../../ui/runsettingspanel.cpp" line="202"/>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <location filename="../../ui/runsettingspanel.cpp" line="203"/>
        <source>Tokens the model may spend thinking before it answers (extended thinking); 0: off</source>
        <translation>応答前にモデルが思考に使えるトークン数（拡張思考）。0: オフ</translation>
    </message>
    <message>
        <location filename="../../ui/runsettingspanel.cpp" line="204"/>
        <source>Thin&amp;king budget:</source>
        <translation>思考バジェット(&amp;K):</translation>
    </message>
</context>
<context>
    <name>pw::ScoreChart</name>
    <message>
        <location filename="../../ui/evaluate/scorechart.cpp" line="19"/>
        <source>Score per version</source>
        <translation>バージョンごとのスコア</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/scorechart.cpp" line="27"/>
        <source>%1: %2 % passed, mean score %3</source>
        <translation>%1: %2 % 合格、平均スコア %3</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/scorechart.cpp" line="31"/>
        <source>%1: not run yet</source>
        <translation>%1: まだ実行されていません</translation>
    </message>
</context>
<context>
    <name>pw::SettingsDialog</name>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="70"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="73"/>
        <source>Engines</source>
        <translation>エンジン</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="136"/>
        <source>%1 is set in the environment (%2) and is used instead of this URL.</source>
        <translation>%1 が環境変数で設定されているため（%2）、この URL の代わりに使用されます。</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="141"/>
        <source>&amp;Base URL:</source>
        <translation>ベース URL(&amp;B):</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="145"/>
        <source>Reading the keychain…</source>
        <translation>キーチェーンを読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="147"/>
        <source>API key for %1</source>
        <translation>%1 の API キー</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="154"/>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="154"/>
        <source>Hide</source>
        <translation>隠す</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="155"/>
        <source>Show the key as text</source>
        <translation>キーをテキストで表示します</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="155"/>
        <source>Hide the key</source>
        <translation>キーを隠す</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="167"/>
        <source>API &amp;key:</source>
        <translation>API キー(&amp;K):</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="170"/>
        <source>%1 (default)</source>
        <translation>%1（既定）</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="172"/>
        <source>The model that runs Generate, Improve and Templatize; the target model is chosen in the window.</source>
        <translation>生成・改善・テンプレート化を実行するモデルです。対象モデルはウィンドウで選択します。</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="174"/>
        <source>chosen by the server</source>
        <translation>サーバーが選択</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="177"/>
        <source>&amp;Tool model:</source>
        <translation>ツールモデル(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="181"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="183"/>
        <source>How long the server may stay silent before the request fails</source>
        <translation>リクエストが失敗するまでにサーバーが無応答でいられる時間</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="184"/>
        <source>T&amp;imeout:</source>
        <translation>タイムアウト(&amp;I):</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="193"/>
        <source>%1 is set in the environment: that key is used, not the one entered here.</source>
        <translation>%1 が環境変数で設定されています。ここで入力したキーではなく、そのキーが使用されます。</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="195"/>
        <source>The claude and prompt-tools engines share this Anthropic key.</source>
        <translation>claude エンジンと prompt-tools エンジンはこの Anthropic キーを共有します。</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="197"/>
        <source>Local servers such as Ollama need no key.</source>
        <translation>Ollama などのローカルサーバーにはキーは不要です。</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="201"/>
        <source>The system keychain did not store this key: it is kept for this session only.</source>
        <translation>システムのキーチェーンはこのキーを保存しませんでした。このセッションの間だけ保持されます。</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="203"/>
        <source>Keys are stored in the system keychain, never in the settings file.</source>
        <translation>キーはシステムのキーチェーンに保存され、設定ファイルには保存されません。</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="224"/>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="226"/>
        <source>The keychain could not be read: %1</source>
        <translation>キーチェーンを読み込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="314"/>
        <source>Base URL of %1: %2</source>
        <translation>%1 のベース URL: %2</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="333"/>
        <source>The settings could not be written to %1.</source>
        <translation>設定を %1 に書き込めませんでした。</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="375"/>
        <source>The system keychain did not store the API key (its prompt was canceled or it refused). The key is kept for this session only: Promptwerk forgets it when it quits. Save again to retry, or Close to go on with it.</source>
        <translation>システムのキーチェーンは API キーを保存しませんでした（確認がキャンセルされたか、拒否されました）。キーはこのセッションの間だけ保持され、Promptwerk の終了時に破棄されます。もう一度保存して再試行するか、閉じてこのまま続けてください。</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="378"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>pw::ShortcutsDialog</name>
    <message>
        <location filename="../../ui/helpwindows.cpp" line="46"/>
        <source>%1 &gt; %2</source>
        <translation>%1 &gt; %2</translation>
    </message>
    <message>
        <location filename="../../ui/helpwindows.cpp" line="64"/>
        <source>Window</source>
        <translation>ウィンドウ</translation>
    </message>
    <message>
        <location filename="../../ui/helpwindows.cpp" line="90"/>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location filename="../../ui/helpwindows.cpp" line="92"/>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <location filename="../../ui/helpwindows.cpp" line="92"/>
        <source>Shortcut</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <location filename="../../ui/helpwindows.cpp" line="92"/>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <location filename="../../ui/helpwindows.cpp" line="110"/>
        <source>Search commands, keys and menus</source>
        <translation>コマンド、キー、メニューを検索</translation>
    </message>
    <message>
        <location filename="../../ui/helpwindows.cpp" line="111"/>
        <source>Search shortcuts</source>
        <translation>ショートカットを検索</translation>
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
    <name>pw::TestCaseJson</name>
    <message>
        <location filename="../../core/model/testcasejson.cpp" line="44"/>
        <location filename="../../core/model/testcasejson.cpp" line="130"/>
        <source>must be a string (found %1)</source>
        <translation>文字列である必要があります（検出された型: %1）</translation>
    </message>
    <message>
        <location filename="../../core/model/testcasejson.cpp" line="53"/>
        <source>must be a number (found %1)</source>
        <translation>数値である必要があります（検出された型: %1）</translation>
    </message>
    <message>
        <location filename="../../core/model/testcasejson.cpp" line="63"/>
        <location filename="../../core/model/testcasejson.cpp" line="118"/>
        <location filename="../../core/model/testcasejson.cpp" line="224"/>
        <source>must be an object (found %1)</source>
        <translation>オブジェクトである必要があります（検出された型: %1）</translation>
    </message>
    <message>
        <location filename="../../core/model/testcasejson.cpp" line="77"/>
        <source>must be a text, a number or a boolean (found %1; lists of values are not supported)</source>
        <translation>テキスト、数値、真偽値のいずれかである必要があります（検出された型: %1。値のリストには対応していません）</translation>
    </message>
    <message>
        <location filename="../../core/model/testcasejson.cpp" line="127"/>
        <source>must not be empty</source>
        <translation>空にはできません</translation>
    </message>
    <message>
        <location filename="../../core/model/testcasejson.cpp" line="129"/>
        <source>is required</source>
        <translation>必須です</translation>
    </message>
    <message>
        <location filename="../../core/model/testcasejson.cpp" line="239"/>
        <source>must be an array (found %1)</source>
        <translation>配列である必要があります（検出された型: %1）</translation>
    </message>
</context>
<context>
    <name>pw::TestCaseModel</name>
    <message>
        <location filename="../../ui/evaluate/testcasemodel.cpp" line="100"/>
        <source>Add Test Case</source>
        <translation>テストケースを追加</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/testcasemodel.cpp" line="111"/>
        <source>Duplicate Test Cases</source>
        <translation>
            <numerusform>テストケースを複製</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/testcasemodel.cpp" line="123"/>
        <source>Delete Test Cases</source>
        <translation>
            <numerusform>テストケースを削除</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/testcasemodel.cpp" line="135"/>
        <source>Move Test Case</source>
        <translation>テストケースを移動</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/testcasemodel.cpp" line="258"/>
        <source>No assertions. Press Enter to add some.</source>
        <translation>アサーションはありません。Enter で追加できます。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/testcasemodel.cpp" line="280"/>
        <source>Edit Value of %1</source>
        <translation>%1 の値を編集</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/testcasemodel.cpp" line="283"/>
        <source>Edit Ideal Output</source>
        <translation>理想の出力を編集</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/testcasemodel.cpp" line="286"/>
        <source>Edit Case Description</source>
        <translation>ケースの説明を編集</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/testcasemodel.cpp" line="301"/>
        <location filename="../../ui/evaluate/testcasemodel.cpp" line="394"/>
        <source>Ideal output</source>
        <translation>理想の出力</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/testcasemodel.cpp" line="303"/>
        <location filename="../../ui/evaluate/testcasemodel.cpp" line="397"/>
        <source>Assertions</source>
        <translation>アサーション</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/testcasemodel.cpp" line="304"/>
        <location filename="../../ui/evaluate/testcasemodel.cpp" line="400"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/testcasemodel.cpp" line="441"/>
        <source>Row %1 has %2 cells, but the table has only %3 columns.</source>
        <translation>%1 行目には %2 個のセルがありますが、表の列は %3 個だけです。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/testcasemodel.cpp" line="466"/>
        <source>Row %1, column %2: %3</source>
        <translation>%1 行目、%2 列目: %3</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/testcasemodel.cpp" line="479"/>
        <source>The clipboard holds no rows of cells.</source>
        <translation>クリップボードにセルの行がありません。</translation>
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
        <location filename="../../core/tools/postprocess.cpp" line="68"/>
        <source>The template does not match the original prompt: %1</source>
        <translation>テンプレートが元のプロンプトと一致しません: %1</translation>
    </message>
    <message>
        <location filename="../../core/tools/toolrun.cpp" line="50"/>
        <location filename="../../core/tools/toolsession.cpp" line="106"/>
        <source>Canceled</source>
        <translation>中止しました</translation>
    </message>
    <message>
        <location filename="../../core/tools/toolrun.cpp" line="60"/>
        <source>Describe the task the prompt is for.</source>
        <translation>プロンプトで行うタスクを説明してください。</translation>
    </message>
    <message>
        <location filename="../../core/tools/toolrun.cpp" line="67"/>
        <source>The prompt is empty.</source>
        <translation>プロンプトが空です。</translation>
    </message>
</context>
<context>
    <name>pw::ToolSession</name>
    <message>
        <location filename="../../core/tools/toolsession.cpp" line="63"/>
        <source>Preparing the %1 engine…</source>
        <translation>%1 エンジンを準備しています…</translation>
    </message>
</context>
<context>
    <name>pw::VariableCheck</name>
    <message>
        <location filename="../../core/analysis/variablecheck.cpp" line="22"/>
        <source>the improved prompt dropped {{%1}}</source>
        <translation>改善されたプロンプトから {{%1}} が失われました</translation>
    </message>
</context>
<context>
    <name>pw::VariableTable</name>
    <message>
        <location filename="../../ui/variabletable.cpp" line="75"/>
        <source>Variables</source>
        <translation>変数</translation>
    </message>
</context>
<context>
    <name>pw::Variables</name>
    <message>
        <location filename="../../core/prompt/variables.cpp" line="70"/>
        <source>%1 is not a valid variable name (a letter or underscore, then letters, digits or underscores, as in {{NAME}})</source>
        <translation>%1 は有効な変数名ではありません（{{NAME}} のように、英字またはアンダースコアで始まり、英字・数字・アンダースコアが続く名前にしてください）</translation>
    </message>
</context>
<context>
    <name>pw::VariablesModel</name>
    <message>
        <location filename="../../ui/variablesmodel.cpp" line="54"/>
        <source>Double-click to find {{%1}} in the prompt</source>
        <translation>ダブルクリックでプロンプト内の {{%1}} を検索します</translation>
    </message>
    <message>
        <location filename="../../ui/variablesmodel.cpp" line="63"/>
        <source>No test value yet: double-click to enter one</source>
        <translation>テスト値は未入力です。ダブルクリックして入力してください</translation>
    </message>
    <message>
        <location filename="../../ui/variablesmodel.cpp" line="94"/>
        <source>Variable</source>
        <translation>変数</translation>
    </message>
    <message>
        <location filename="../../ui/variablesmodel.cpp" line="96"/>
        <source>Test value</source>
        <translation>テスト値</translation>
    </message>
    <message>
        <location filename="../../ui/variablesmodel.cpp" line="98"/>
        <source>Uses</source>
        <translation>使用箇所</translation>
    </message>
</context>
<context>
    <name>pw::WelcomePage</name>
    <message>
        <location filename="../../ui/welcomepage.cpp" line="76"/>
        <source>Welcome to Promptwerk</source>
        <translation>Promptwerk へようこそ</translation>
    </message>
    <message>
        <location filename="../../ui/welcomepage.cpp" line="82"/>
        <source>Write a system prompt and messages with {{VARIABLES}}, let a model generate, improve or templatize them, run them and evaluate them over test cases. Help &gt; Guide (%1) explains it in ten minutes.</source>
        <translation>{{VARIABLES}} を使ってシステムプロンプトとメッセージを書き、モデルに生成・改善・テンプレート化させ、実行してテストケースで評価します。ヘルプ &gt; ガイド(%1)で 10 分で分かります。</translation>
    </message>
    <message>
        <location filename="../../ui/welcomepage.cpp" line="88"/>
        <source>Start</source>
        <translation>はじめる</translation>
    </message>
    <message>
        <location filename="../../ui/welcomepage.cpp" line="90"/>
        <source>New Prompt</source>
        <translation>新しいプロンプト</translation>
    </message>
    <message>
        <location filename="../../ui/welcomepage.cpp" line="92"/>
        <source>Open…</source>
        <translation>開く…</translation>
    </message>
    <message>
        <location filename="../../ui/welcomepage.cpp" line="102"/>
        <source>Try a sample</source>
        <translation>サンプルを試す</translation>
    </message>
    <message>
        <location filename="../../ui/welcomepage.cpp" line="105"/>
        <source>A finished prompt with variables, test values and history. It opens as an untitled copy: saving asks for a name.</source>
        <translation>変数、テスト値、履歴のそろった完成済みのプロンプトです。無題のコピーとして開くので、保存するときに名前を聞かれます。</translation>
    </message>
    <message>
        <location filename="../../ui/welcomepage.cpp" line="108"/>
        <source>Open sample “%1”</source>
        <translation>サンプル「%1」を開く</translation>
    </message>
    <message>
        <location filename="../../ui/welcomepage.cpp" line="115"/>
        <source>Recent files</source>
        <translation>最近使ったファイル</translation>
    </message>
    <message>
        <location filename="../../ui/welcomepage.cpp" line="120"/>
        <source>Models and API keys</source>
        <translation>モデルと API キー</translation>
    </message>
    <message>
        <location filename="../../ui/welcomepage.cpp" line="124"/>
        <source>&lt;p&gt;The tools run on an engine, chosen in the toolbar.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;claude&lt;/b&gt; needs an Anthropic API key: enter it in Settings (kept in the system keychain) or set ANTHROPIC_API_KEY.&lt;/li&gt;&lt;li&gt;&lt;b&gt;openai&lt;/b&gt; talks to an OpenAI-compatible server; a local one (Ollama, llama.cpp) needs no key.&lt;/li&gt;&lt;li&gt;&lt;b&gt;local&lt;/b&gt; works offline without a key: it templatizes and checks prompts, but cannot generate or improve.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;ツールはツールバーで選んだエンジンで動きます。&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;claude&lt;/b&gt; には Anthropic の API キーが必要です: 設定で入力する(システムのキーチェーンに保存)か、ANTHROPIC_API_KEY を設定してください。&lt;/li&gt;&lt;li&gt;&lt;b&gt;openai&lt;/b&gt; は OpenAI 互換サーバーと通信します。ローカルのサーバー(Ollama、llama.cpp)ならキーは不要です。&lt;/li&gt;&lt;li&gt;&lt;b&gt;local&lt;/b&gt; はキーなしでオフラインで動きます: プロンプトのテンプレート化とチェックはできますが、生成と改善はできません。&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/welcomepage.cpp" line="131"/>
        <source>Open Settings…</source>
        <translation>設定を開く…</translation>
    </message>
    <message>
        <location filename="../../ui/welcomepage.cpp" line="139"/>
        <source>Show this page at startup</source>
        <translation>起動時にこのページを表示</translation>
    </message>
    <message>
        <location filename="../../ui/welcomepage.cpp" line="156"/>
        <source>None yet: the files you open and save appear here.</source>
        <translation>まだありません: 開いたり保存したりしたファイルがここに表示されます。</translation>
    </message>
</context>
</TS>
