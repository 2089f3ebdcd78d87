<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
        <translation>недопустимый JSON на смещении %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchresults.cpp" line="31"/>
        <source>must be a JSON object</source>
        <translation>должно быть объектом JSON</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchresults.cpp" line="41"/>
        <source>custom_id: &quot;%1&quot; does not match ^[a-zA-Z0-9_-]{1,64}$</source>
        <translation>custom_id: &quot;%1&quot; не соответствует ^[a-zA-Z0-9_-]{1,64}$</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchresults.cpp" line="42"/>
        <source>custom_id: must be a string (found %1)</source>
        <translation>custom_id: должно быть строкой (найдено: %1)</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchresults.cpp" line="57"/>
        <source>an error without a description</source>
        <translation>ошибка без описания</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchresults.cpp" line="77"/>
        <source>result: must be an object (found %1)</source>
        <translation>result: должно быть объектом (найдено: %1)</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchresults.cpp" line="108"/>
        <source>canceled: the batch was canceled before this request ran</source>
        <translation>canceled: пакет отменён до выполнения этого запроса</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchresults.cpp" line="113"/>
        <source>expired: the batch ended (after 24 hours) before this request ran</source>
        <translation>expired: пакет завершился (через 24 часа) до выполнения этого запроса</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchresults.cpp" line="116"/>
        <source>result.type: &quot;%1&quot; is none of succeeded, errored, canceled, expired</source>
        <translation>result.type: &quot;%1&quot; не является ни succeeded, ни errored, ни canceled, ни expired</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchresults.cpp" line="140"/>
        <source>response.status_code: must be a number (found %1)</source>
        <translation>response.status_code: должно быть числом (найдено: %1)</translation>
    </message>
</context>
<context>
    <name>pw::AnthropicMessage</name>
    <message>
        <location filename="../../core/api/anthropicmessage.cpp" line="28"/>
        <location filename="../../core/api/anthropicmessage.cpp" line="45"/>
        <location filename="../../core/api/anthropicmessage.cpp" line="51"/>
        <source>%1: must be a string (found %2)</source>
        <translation>%1: должно быть строкой (найден тип %2)</translation>
    </message>
    <message>
        <location filename="../../core/api/anthropicmessage.cpp" line="38"/>
        <location filename="../../core/api/anthropicmessage.cpp" line="65"/>
        <source>%1: must be an object (found %2)</source>
        <translation>%1: должно быть объектом (найден тип %2)</translation>
    </message>
    <message>
        <location filename="../../core/api/anthropicmessage.cpp" line="75"/>
        <source>stream event %1 (%2): %3</source>
        <translation>событие потока %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../core/api/anthropicmessage.cpp" line="152"/>
        <source>type: expected &quot;message&quot; (found %1)</source>
        <translation>type: ожидалось &quot;message&quot; (получено: %1)</translation>
    </message>
    <message>
        <location filename="../../core/api/anthropicmessage.cpp" line="171"/>
        <source>%1: missing</source>
        <translation>%1: отсутствует</translation>
    </message>
    <message>
        <location filename="../../core/api/anthropicmessage.cpp" line="172"/>
        <source>%1: must be an array (found %2)</source>
        <translation>%1: должно быть массивом (найден тип %2)</translation>
    </message>
    <message>
        <location filename="../../core/api/anthropicmessage.cpp" line="202"/>
        <source>data is not JSON (%1 at offset %2)</source>
        <translation>data не является JSON (%1 на смещении %2)</translation>
    </message>
    <message>
        <location filename="../../core/api/anthropicmessage.cpp" line="207"/>
        <source>data is not a JSON object</source>
        <translation>data не является объектом JSON</translation>
    </message>
    <message>
        <location filename="../../core/api/anthropicmessage.cpp" line="218"/>
        <source>the server sent an error event: %1</source>
        <translation>сервер прислал событие ошибки: %1</translation>
    </message>
    <message>
        <location filename="../../core/api/anthropicmessage.cpp" line="262"/>
        <source>index %1 names no block started before</source>
        <translation>index %1 не указывает ни на один начатый ранее блок</translation>
    </message>
    <message>
        <location filename="../../core/api/anthropicmessage.cpp" line="264"/>
        <source>%1: must be a number (found %2)</source>
        <translation>%1: должно быть числом (найден тип %2)</translation>
    </message>
    <message>
        <location filename="../../core/api/anthropicmessage.cpp" line="276"/>
        <source>%1: must be a non-negative integer</source>
        <translation>%1: должно быть неотрицательным целым числом</translation>
    </message>
    <message>
        <location filename="../../core/api/anthropicmessage.cpp" line="326"/>
        <source>the joined input of tool_use block &quot;%1&quot; is not a JSON object (%2 at offset %3)</source>
        <translation>объединённый input блока tool_use &quot;%1&quot; не является объектом JSON (%2 на смещении %3)</translation>
    </message>
    <message>
        <location filename="../../core/api/anthropicmessage.cpp" line="331"/>
        <source>not an object</source>
        <translation>не объект</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/api/anthropicmessage.cpp" line="343"/>
        <source>the stream ended before message_start (%n events)</source>
        <translation>
            <numerusform>поток закончился до message_start (%n событие)</numerusform>
            <numerusform>поток закончился до message_start (%n события)</numerusform>
            <numerusform>поток закончился до message_start (%n событий)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/api/anthropicmessage.cpp" line="346"/>
        <source>the stream was cut off before message_stop, after %n events and %1 characters of text</source>
        <translation>
            <numerusform>поток оборвался до message_stop, после %n события (символов текста: %1)</numerusform>
            <numerusform>поток оборвался до message_stop, после %n событий (символов текста: %1)</numerusform>
            <numerusform>поток оборвался до message_stop, после %n событий (символов текста: %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pw::ApiConfig</name>
    <message>
        <location filename="../../core/api/apiconfig.cpp" line="59"/>
        <source>the base URL &quot;%1&quot; is not an http:// or https:// URL with a host</source>
        <translation>базовый URL &quot;%1&quot; не является URL вида http:// или https:// с именем хоста</translation>
    </message>
    <message>
        <location filename="../../core/api/apiconfig.cpp" line="63"/>
        <source>refusing to send the API key unencrypted to %1: use https://, or http:// only to this machine (localhost, 127.0.0.1, ::1)</source>
        <translation>ключ API не будет отправлен на %1 без шифрования: используйте https://, а http:// — только для этого компьютера (localhost, 127.0.0.1, ::1)</translation>
    </message>
</context>
<context>
    <name>pw::ApiError</name>
    <message>
        <location filename="../../core/api/apierror.cpp" line="211"/>
        <source>network error</source>
        <translation>ошибка сети</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="214"/>
        <source>timeout</source>
        <translation>тайм-аут</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="217"/>
        <source>canceled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="220"/>
        <source>invalid response</source>
        <translation>некорректный ответ</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="223"/>
        <source>response too large</source>
        <translation>слишком большой ответ</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="226"/>
        <source>stream error</source>
        <translation>ошибка потока</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="229"/>
        <source>insecure URL</source>
        <translation>небезопасный URL</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="232"/>
        <source>configuration error</source>
        <translation>ошибка конфигурации</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="242"/>
        <source>(request %1)</source>
        <translation>(запрос %1)</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="266"/>
        <source>the server redirects to %1; redirects are not followed, set the base URL to the final address</source>
        <translation>сервер перенаправляет на %1; перенаправления не выполняются, укажите в базовом URL конечный адрес</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="279"/>
        <source>unexpected JSON body: %1</source>
        <translation>неожиданное тело JSON: %1</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="285"/>
        <source>the server answered with %1</source>
        <translation>сервер вернул %1</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="294"/>
        <source>an empty body</source>
        <translation>пустое тело ответа</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="301"/>
        <source>an HTML page instead of JSON</source>
        <translation>HTML-страницу вместо JSON</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="302"/>
        <source>an HTML page (&quot;%1&quot;) instead of JSON</source>
        <translation>HTML-страницу (&quot;%1&quot;) вместо JSON</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="304"/>
        <source>text that is not JSON: &quot;%1&quot;</source>
        <translation>текст, который не является JSON: &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>pw::ApiJob</name>
    <message>
        <location filename="../../core/api/anthropicjobs.cpp" line="39"/>
        <location filename="../../core/api/openaijobs.cpp" line="68"/>
        <source>%1: must be an array (found %2)</source>
        <translation>%1: должно быть массивом (найден тип %2)</translation>
    </message>
    <message>
        <location filename="../../core/api/anthropicjobs.cpp" line="57"/>
        <source>has_more is true, but the page has no last_id to continue after</source>
        <translation>has_more равно true, но на странице нет last_id, после которого продолжить</translation>
    </message>
    <message>
        <location filename="../../core/api/anthropicjobs.cpp" line="59"/>
        <source>has_more is true, but last_id &quot;%1&quot; is the one this page started after</source>
        <translation>has_more равно true, но last_id &quot;%1&quot; — тот же, после которого начиналась эта страница</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/api/anthropicjobs.cpp" line="64"/>
        <source>still has_more after %n pages; giving up</source>
        <translation>
            <numerusform>has_more всё ещё true после %n страницы; загрузка прекращена</numerusform>
            <numerusform>has_more всё ещё true после %n страниц; загрузка прекращена</numerusform>
            <numerusform>has_more всё ещё true после %n страниц; загрузка прекращена</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/api/anthropicjobs.cpp" line="81"/>
        <source>%1: must be a non-negative number (found %2)</source>
        <translation>%1: должно быть неотрицательным числом (найден тип %2)</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="25"/>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="26"/>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="32"/>
        <source>%1 MiB</source>
        <translation>%1 МиБ</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="33"/>
        <source>%1 bytes</source>
        <translation>%1 байт</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="143"/>
        <source>the request to %1 was canceled</source>
        <translation>запрос к %1 отменён</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="151"/>
        <source>no network manager: the API client is gone</source>
        <translation>нет сетевого менеджера: клиент API уже удалён</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="159"/>
        <source>no API key for %1 (set ANTHROPIC_API_KEY or store a key)</source>
        <translation>нет ключа API для %1 (задайте ANTHROPIC_API_KEY или сохраните ключ)</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="163"/>
        <source>the API key contains spaces, line breaks or non-ASCII characters; check how it was pasted</source>
        <translation>ключ API содержит пробелы, переводы строк или символы не из ASCII; проверьте, как он был вставлен</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="168"/>
        <source>invalid anthropic-beta value &quot;%1&quot;</source>
        <translation>недопустимое значение anthropic-beta &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="226"/>
        <source>cannot read the request body %1: %2</source>
        <translation>не удаётся прочитать тело запроса %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="267"/>
        <source>the answer from %1 announces %2, more than the limit of %3</source>
        <translation>ответ от %1 заявляет размер %2, больше лимита в %3</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="307"/>
        <source>the answer from %1 is larger than the limit of %2</source>
        <translation>ответ от %1 больше лимита в %2</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="373"/>
        <source>no answer from %1 within %2</source>
        <translation>нет ответа от %1 в течение %2</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="374"/>
        <source>%1 stopped sending for %2</source>
        <translation>%1 ничего не присылал в течение %2</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="390"/>
        <source>the download from %1 broke off after %2: %3</source>
        <translation>загрузка с %1 прервалась после %2: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/api/apijob.cpp" line="394"/>
        <source>the stream broke off after %n events: %1</source>
        <translation>
            <numerusform>поток оборвался после %n события: %1</numerusform>
            <numerusform>поток оборвался после %n событий: %1</numerusform>
            <numerusform>поток оборвался после %n событий: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="400"/>
        <source>%1 gave no HTTP answer</source>
        <translation>%1 не прислал ответ HTTP</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="419"/>
        <source>expected an event stream from %1, but the server answered with %2</source>
        <translation>от %1 ожидался поток событий, но сервер вернул %2</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="423"/>
        <source>%1 answered with %2</source>
        <translation>%1 вернул %2</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="427"/>
        <source>%1 answered with JSON that is not an object</source>
        <translation>%1 вернул JSON, который не является объектом</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="431"/>
        <source>unexpected answer from %1: %2</source>
        <translation>неожиданный ответ от %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="453"/>
        <source>%1 refused the connection</source>
        <translation>%1 отклонил соединение</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="456"/>
        <source>host %1 not found</source>
        <translation>узел %1 не найден</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/api/apijob.cpp" line="462"/>
        <source>%1 closed the connection in the middle of the answer (after %n bytes)</source>
        <translation>
            <numerusform>%1 закрыл соединение посреди ответа (после %n байта)</numerusform>
            <numerusform>%1 закрыл соединение посреди ответа (после %n байт)</numerusform>
            <numerusform>%1 закрыл соединение посреди ответа (после %n байт)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="465"/>
        <source>%1 closed the connection without answering</source>
        <translation>%1 закрыл соединение, не ответив</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="469"/>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>ошибка TLS-рукопожатия с %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/api/batchjobs.cpp" line="20"/>
        <source>%1: must be %2 (found %3)</source>
        <translation>%1: должно быть: %2 (найдено: %3)</translation>
    </message>
    <message>
        <location filename="../../core/api/batchjobs.cpp" line="31"/>
        <source>a whole number from 0</source>
        <translation>целое число от 0</translation>
    </message>
    <message>
        <location filename="../../core/api/batchjobs.cpp" line="45"/>
        <location filename="../../core/api/batchjobs.cpp" line="58"/>
        <source>a string</source>
        <translation>строка</translation>
    </message>
    <message>
        <location filename="../../core/api/batchjobs.cpp" line="57"/>
        <source>id: &quot;%1&quot; is not a batch id</source>
        <translation>id: &quot;%1&quot; — не идентификатор пакета</translation>
    </message>
    <message>
        <location filename="../../core/api/batchjobs.cpp" line="81"/>
        <source>processing_status: &quot;%1&quot; is none of %2</source>
        <translation>processing_status: &quot;%1&quot; не входит в %2</translation>
    </message>
    <message>
        <location filename="../../core/api/batchjobs.cpp" line="88"/>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <location filename="../../core/api/batchjobs.cpp" line="100"/>
        <source>results_url: missing although the batch has ended</source>
        <translation>results_url: отсутствует, хотя пакет завершён</translation>
    </message>
    <message>
        <location filename="../../core/api/batchjobs.cpp" line="119"/>
        <source>status: &quot;%1&quot; is none of %2</source>
        <translation>status: &quot;%1&quot; не входит в %2</translation>
    </message>
    <message>
        <location filename="../../core/api/batchjobs.cpp" line="126"/>
        <source>&quot;%1&quot; is not a file id</source>
        <translation>&quot;%1&quot; — не идентификатор файла</translation>
    </message>
    <message>
        <location filename="../../core/api/batchjobs.cpp" line="144"/>
        <source>line %1: </source>
        <translation>строка %1: </translation>
    </message>
    <message>
        <location filename="../../core/api/batchjobs.cpp" line="148"/>
        <source>the server refused the batch</source>
        <translation>сервер отклонил пакет</translation>
    </message>
    <message>
        <location filename="../../core/api/batchjobs.cpp" line="206"/>
        <source>a file id</source>
        <translation>идентификатор файла</translation>
    </message>
    <message>
        <location filename="../../core/api/batchjobs.cpp" line="258"/>
        <source>line %1 of the answer from %2 is longer than %3 MiB</source>
        <translation>строка %1 ответа от %2 длиннее %3 МиБ</translation>
    </message>
    <message>
        <location filename="../../core/api/batchjobs.cpp" line="346"/>
        <source>the batch&apos;s results_url %1 is not on the API server %2; the API key is only sent there</source>
        <translation>results_url пакета %1 не на сервере API %2; ключ API отправляется только туда</translation>
    </message>
</context>
<context>
    <name>pw::AssertionEditor</name>
    <message>
        <location filename="../../ui/evaluate/assertioneditor.cpp" line="24"/>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/assertioneditor.cpp" line="25"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/assertioneditor.cpp" line="26"/>
        <source>&amp;Not (passes when the check fails)</source>
        <translation>&amp;Не (проходит, когда проверка не проходит)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/assertioneditor.cpp" line="27"/>
        <source>T&amp;hreshold:</source>
        <translation>По&amp;рог:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/assertioneditor.cpp" line="29"/>
        <source>The case passes when its &amp;score reaches:</source>
        <translation>Случай проходит, когда &amp;оценка достигает:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/assertioneditor.cpp" line="32"/>
        <source>Assertions of %1</source>
        <translation>Проверки %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/assertioneditor.cpp" line="47"/>
        <source>e.g. Paris; a list: a,b,c; is-json: a JSON Schema</source>
        <translation>например, Paris; список: a,b,c; is-json: JSON Schema</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/assertioneditor.cpp" line="69"/>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/assertioneditor.cpp" line="71"/>
        <source>&amp;Value:</source>
        <translation>&amp;Значение:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/assertioneditor.cpp" line="72"/>
        <source>&amp;Weight:</source>
        <translation>&amp;Вес:</translation>
    </message>
</context>
<context>
    <name>pw::AtomicWrite</name>
    <message>
        <location filename="../../core/document/atomicwrite.cpp" line="20"/>
        <source>cannot write %1: %2</source>
        <translation>не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>pw::AutosaveStore</name>
    <message>
        <location filename="../../core/document/autosavestore.cpp" line="75"/>
        <source>autosave: &quot;%1&quot; is not a valid key (use AutosaveStore::newKey())</source>
        <translation>автосохранение: &quot;%1&quot; не является допустимым ключом (используйте AutosaveStore::newKey())</translation>
    </message>
    <message>
        <location filename="../../core/document/autosavestore.cpp" line="82"/>
        <source>cannot create the autosave folder %1</source>
        <translation>не удалось создать папку автосохранения %1</translation>
    </message>
    <message>
        <location filename="../../core/document/autosavestore.cpp" line="124"/>
        <source>invalid JSON at byte %1: %2</source>
        <translation>недопустимый JSON в байте %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/document/autosavestore.cpp" line="129"/>
        <source>not a Promptwerk recovery file</source>
        <translation>это не файл восстановления Promptwerk</translation>
    </message>
    <message>
        <location filename="../../core/document/autosavestore.cpp" line="133"/>
        <source>recovery file version %1 is not one this Promptwerk reads (%2)</source>
        <translation>версию файла восстановления %1 эта версия Promptwerk не читает (%2)</translation>
    </message>
    <message>
        <location filename="../../core/document/autosavestore.cpp" line="144"/>
        <source>%1: must be an object</source>
        <translation>%1: должно быть объектом</translation>
    </message>
    <message>
        <location filename="../../core/document/autosavestore.cpp" line="175"/>
        <source>autosave: &quot;%1&quot; is not a valid key</source>
        <translation>автосохранение: &quot;%1&quot; не является допустимым ключом</translation>
    </message>
</context>
<context>
    <name>pw::BatchRun</name>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="71"/>
        <source>invalid JSON at offset %1: %2</source>
        <translation>недопустимый JSON на смещении %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="77"/>
        <source>not a batch state file (format must be &quot;promptwerk-batch-state&quot;)</source>
        <translation>это не файл состояния пакетов (format должен быть &quot;promptwerk-batch-state&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="79"/>
        <source>version: must be 1</source>
        <translation>version: должно быть 1</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="82"/>
        <source>runs: must be an array</source>
        <translation>runs: должно быть массивом</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="89"/>
        <source>.id: must be a string</source>
        <translation>.id: должно быть строкой</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="95"/>
        <source>must be a batch id</source>
        <translation>должно быть идентификатором пакета</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="166"/>
        <source>The batch run stopped: %1. Its batches keep running at the server; resume the run to read their results.</source>
        <translation>Пакетный запуск остановлен: %1. Его пакеты продолжают выполняться на сервере; возобновите запуск, чтобы прочитать их результаты.</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="206"/>
        <source>the runs of one batch run must use one engine&apos;s API</source>
        <translation>запуски одного пакетного запуска должны использовать API одного движка</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="207"/>
        <source>the %1 engine cannot run prompts in batches</source>
        <translation>движок %1 не может выполнять промпты пакетами</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="219"/>
        <source>&quot;%1&quot; is not a batch id</source>
        <translation>&quot;%1&quot; — не идентификатор пакета</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="306"/>
        <source>cannot create a temporary folder for the batch requests: %1</source>
        <translation>не удаётся создать временную папку для пакетных запросов: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="325"/>
        <source>the request is larger than a batch may be (%1 bytes)</source>
        <translation>запрос больше, чем допускает пакет (%1 байт)</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="345"/>
        <location filename="../../core/eval/batchrun.cpp" line="391"/>
        <source>cannot write the batch requests to %1: %2</source>
        <translation>не удаётся записать пакетные запросы в %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="417"/>
        <source>cannot write the batch requests to %1</source>
        <translation>не удаётся записать пакетные запросы в %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="500"/>
        <source>%1 has no batch API (%2): the cells run as concurrent requests at the usual price.</source>
        <translation>У %1 нет API пакетов (%2): ячейки выполняются параллельными запросами по обычной цене.</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="607"/>
        <source>batch %1 failed: %2</source>
        <translation>пакет %1 не выполнен: %2</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="698"/>
        <source>batch %1, results line %2: %3</source>
        <translation>пакет %1, строка результатов %2: %3</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="743"/>
        <source>batch %1 has no result for this request</source>
        <translation>в пакете %1 нет результата для этого запроса</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/eval/batchrun.cpp" line="755"/>
        <source>%n result lines could not be read; the first: %1</source>
        <translation>
            <numerusform>Не удалось прочитать %n строку результатов; первая: %1</numerusform>
            <numerusform>Не удалось прочитать %n строки результатов; первая: %1</numerusform>
            <numerusform>Не удалось прочитать %n строк результатов; первая: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/eval/batchrun.cpp" line="761"/>
        <source>batch %1: %n result lines match no cell of these runs</source>
        <translation>
            <numerusform>пакет %1: %n строка результатов не соответствует ни одной ячейке этих запусков</numerusform>
            <numerusform>пакет %1: %n строки результатов не соответствуют ни одной ячейке этих запусков</numerusform>
            <numerusform>пакет %1: %n строк результатов не соответствуют ни одной ячейке этих запусков</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="783"/>
        <source>file %1 could not be deleted from the server: %2</source>
        <translation>не удалось удалить файл %1 с сервера: %2</translation>
    </message>
</context>
<context>
    <name>pw::CaseFiles</name>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="259"/>
        <location filename="../../core/eval/casefiles.cpp" line="512"/>
        <source>must be an object (found %1)</source>
        <translation>должно быть объектом (найдено: %1)</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="113"/>
        <source>the YAML expands to more than %1 values</source>
        <translation>YAML разворачивается более чем в %1 значений</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="136"/>
        <source>line %1: a key must be a plain value</source>
        <translation>строка %1: ключ должен быть простым значением</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="169"/>
        <source>invalid YAML: %1</source>
        <translation>недопустимый YAML: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="224"/>
        <source>a test must be an object or a &quot;file://&quot; reference (found &quot;%1&quot;)</source>
        <translation>тест должен быть объектом или ссылкой «file://» (найдено: «%1»)</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="228"/>
        <source>file references are not followed here (&quot;%1&quot;)</source>
        <translation>ссылки на файлы здесь не читаются («%1»)</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="232"/>
        <source>file patterns are not supported (&quot;%1&quot;)</source>
        <translation>шаблоны имён файлов не поддерживаются («%1»)</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="335"/>
        <source>promptfoo&apos;s assertion type &quot;%1&quot; is not supported by Promptwerk</source>
        <translation>тип проверки promptfoo «%1» не поддерживается Promptwerk</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="106"/>
        <source>line %1: the YAML nests deeper than %2 levels (or an alias refers to itself)</source>
        <translation>строка %1: вложенность YAML глубже %2 уровней (или псевдоним ссылается сам на себя)</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="378"/>
        <source>the file is empty: there is no header row</source>
        <translation>файл пуст: нет строки заголовков</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="389"/>
        <source>a column has no name</source>
        <translation>у столбца нет имени</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="391"/>
        <source>the column &quot;%1&quot; appears twice</source>
        <translation>столбец «%1» встречается дважды</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="393"/>
        <source>the column &quot;%1&quot; changes the prompt, which Promptwerk does not support; add the text to the prompt instead</source>
        <translation>столбец «%1» изменяет промпт, что Promptwerk не поддерживает; добавьте этот текст в сам промпт</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="401"/>
        <source>unknown column &quot;%1&quot;</source>
        <translation>неизвестный столбец «%1»</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="439"/>
        <source>must be a number (found &quot;%1&quot;)</source>
        <translation>должно быть числом (найдено: «%1»)</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="479"/>
        <source>each line must be a JSON object (a test case)</source>
        <translation>каждая строка должна быть объектом JSON (тестовым случаем)</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="499"/>
        <source>expected a promptfoo config or a list of tests</source>
        <translation>ожидалась конфигурация promptfoo или список тестов</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="504"/>
        <source>the config has no tests</source>
        <translation>в конфигурации нет тестов</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="507"/>
        <source>must be a list of tests or a &quot;file://&quot; reference (found %1)</source>
        <translation>должно быть списком тестов или ссылкой «file://» (найдено: %1)</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="521"/>
        <source>cannot read the file: %1</source>
        <translation>не удаётся прочитать файл: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="537"/>
        <source>expected a JSON array of tests</source>
        <translation>ожидался массив тестов JSON</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="542"/>
        <source>unknown kind of test case file (use .csv, .jsonl, .yaml or .json)</source>
        <translation>неизвестный вид файла тестовых случаев (используйте .csv, .jsonl, .yaml или .json)</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="588"/>
        <source>the variable &quot;%1&quot; cannot be a CSV column: names starting with &quot;__&quot; are reserved there</source>
        <translation>переменная «%1» не может быть столбцом CSV: имена, начинающиеся с «__», там зарезервированы</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="619"/>
        <source>%1: assertion %2 (%3) cannot be written as a CSV cell: its weight, grader, rubric prompt, metric or value has no CSV form; export to JSON Lines instead</source>
        <translation>%1: проверку %2 (%3) нельзя записать в ячейку CSV: у её веса, модели-оценщика, промпта рубрики, метрики или значения нет формы в CSV; экспортируйте в JSON Lines</translation>
    </message>
</context>
<context>
    <name>pw::CaseGeneration</name>
    <message>
        <location filename="../../core/eval/casegeneration.cpp" line="88"/>
        <source>the tool model&apos;s answer is not JSON: %1</source>
        <translation>ответ модели инструмента — не JSON: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/casegeneration.cpp" line="92"/>
        <source>the tool model&apos;s answer is not a list of test cases: %1</source>
        <translation>ответ модели инструмента — не список тестовых случаев: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/casegeneration.cpp" line="98"/>
        <source>the tool model&apos;s answer holds no test cases</source>
        <translation>в ответе модели инструмента нет тестовых случаев</translation>
    </message>
</context>
<context>
    <name>pw::CaseGenerator</name>
    <message>
        <location filename="../../ui/evaluate/casegenerator.cpp" line="28"/>
        <source>The %1 engine has no language model to ask for test cases. Choose an engine with a tool model in the toolbar.</source>
        <translation>У движка %1 нет языковой модели, которую можно попросить о тестовых случаях. Выберите на панели инструментов движок с моделью инструмента.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/casegenerator.cpp" line="95"/>
        <source>The tool model refused to write these test cases.</source>
        <translation>Модель инструмента отказалась писать эти тестовые случаи.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/casegenerator.cpp" line="99"/>
        <source>The tool model&apos;s answer was cut off before its end: ask for fewer cases.</source>
        <translation>Ответ модели инструмента оборвался: попросите меньше случаев.</translation>
    </message>
</context>
<context>
    <name>pw::ChatCompletion</name>
    <message>
        <location filename="../../core/api/chatcompletion.cpp" line="35"/>
        <source>%1: must be a string (found %2)</source>
        <translation>%1: должно быть строкой (найден тип %2)</translation>
    </message>
    <message>
        <location filename="../../core/api/chatcompletion.cpp" line="49"/>
        <source>the server sent an error chunk without a message</source>
        <translation>сервер прислал фрагмент с ошибкой без сообщения</translation>
    </message>
    <message>
        <location filename="../../core/api/chatcompletion.cpp" line="59"/>
        <location filename="../../core/api/chatcompletion.cpp" line="100"/>
        <source>%1: must be an object (found %2)</source>
        <translation>%1: должно быть объектом (найден тип %2)</translation>
    </message>
    <message>
        <location filename="../../core/api/chatcompletion.cpp" line="75"/>
        <source>%1: must be a non-negative number (found %2)</source>
        <translation>%1: должно быть неотрицательным числом (найден тип %2)</translation>
    </message>
    <message>
        <location filename="../../core/api/chatcompletion.cpp" line="92"/>
        <source>%1: must be a non-empty array of objects</source>
        <translation>%1: должно быть непустым массивом объектов</translation>
    </message>
    <message>
        <location filename="../../core/api/chatcompletion.cpp" line="128"/>
        <source>stream chunk %1: %2</source>
        <translation>фрагмент потока %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/api/chatcompletion.cpp" line="133"/>
        <source>data is not JSON (%1 at offset %2)</source>
        <translation>data не является JSON (%1 на смещении %2)</translation>
    </message>
    <message>
        <location filename="../../core/api/chatcompletion.cpp" line="137"/>
        <source>data is not a JSON object</source>
        <translation>data не является объектом JSON</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/api/chatcompletion.cpp" line="178"/>
        <source>the stream was cut off before [DONE], after %n chunks and %1 characters of text</source>
        <translation>
            <numerusform>поток оборвался до [DONE], после %n фрагмента (символов текста: %1)</numerusform>
            <numerusform>поток оборвался до [DONE], после %n фрагментов (символов текста: %1)</numerusform>
            <numerusform>поток оборвался до [DONE], после %n фрагментов (символов текста: %1)</numerusform>
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
        <translation>Сделать &amp;переменной…</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="63"/>
        <source>Untick a variable to keep its text, double-click a name to rename it, select text in the panes to make it a variable.</source>
        <translation>Снимите флажок, чтобы оставить текст; дважды щёлкните имя, чтобы переименовать; выделите текст в панелях, чтобы сделать его переменной.</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="81"/>
        <source>Make the text selected in the panes a variable, wherever it stands as a whole word</source>
        <translation>Сделать выделенный в панелях текст переменной везде, где он стоит целым словом</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="89"/>
        <source>Variable</source>
        <translation>Переменная</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="89"/>
        <source>Value found</source>
        <translation>Найденное значение</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="95"/>
        <source>Values found</source>
        <translation>Найденные значения</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="140"/>
        <source>&lt;a href=&quot;#place&quot;&gt;%1&lt;/a&gt;: %2</source>
        <translation>&lt;a href=&quot;#place&quot;&gt;%1&lt;/a&gt;: %2</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="141"/>
        <source>Show %1 in the editors</source>
        <translation>Показать %1 в редакторах</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="174"/>
        <source>Untick to keep the text instead of {{%1}}</source>
        <translation>Снимите флажок, чтобы оставить текст вместо {{%1}}</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="175"/>
        <source>Tick to make the text {{%1}} again</source>
        <translation>Отметьте, чтобы снова сделать текст {{%1}}</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="216"/>
        <source>“%1” cannot be a variable name: use letters, digits and underscores, e.g. TRAVELLER_NAME.</source>
        <translation>«%1» не может быть именем переменной: используйте латинские буквы, цифры и подчёркивания, например TRAVELLER_NAME.</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="226"/>
        <source>%1 is already a variable of this prompt: choose another name.</source>
        <translation>%1 уже переменная этого промпта: выберите другое имя.</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="261"/>
        <source>Current prompt</source>
        <translation>Текущий промпт</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="261"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="273"/>
        <source>“%1” is not in the prompt&apos;s own text as a whole word: only text outside {{VARIABLES}} can become one.</source>
        <translation>«%1» не встречается в тексте промпта целым словом: переменной может стать только текст вне {{VARIABLES}}.</translation>
    </message>
</context>
<context>
    <name>pw::Csv</name>
    <message>
        <location filename="../../core/eval/csv.cpp" line="80"/>
        <source>a quote inside a field that does not start with one (quote the whole field and double the quote)</source>
        <translation>кавычка внутри поля, которое не начинается с кавычки (заключите всё поле в кавычки и удвойте кавычку)</translation>
    </message>
    <message>
        <location filename="../../core/eval/csv.cpp" line="91"/>
        <source>the quoted field is never closed</source>
        <translation>поле в кавычках не закрыто</translation>
    </message>
    <message>
        <location filename="../../core/eval/csv.cpp" line="105"/>
        <source>text after the closing quote of a field (found &quot;%1&quot;)</source>
        <translation>текст после закрывающей кавычки поля (найдено: «%1»)</translation>
    </message>
    <message>
        <location filename="../../core/eval/csv.cpp" line="116"/>
        <source>%1 fields where the header has %2</source>
        <translation>полей: %1, а в заголовке: %2</translation>
    </message>
    <message>
        <location filename="../../core/eval/csv.cpp" line="149"/>
        <source>the file is not UTF-8 text</source>
        <translation>файл не является текстом UTF-8</translation>
    </message>
</context>
<context>
    <name>pw::DiffView</name>
    <message>
        <location filename="../../ui/diffview.cpp" line="45"/>
        <source>Previous change</source>
        <translation>Предыдущее изменение</translation>
    </message>
    <message>
        <location filename="../../ui/diffview.cpp" line="48"/>
        <source>Next change</source>
        <translation>Следующее изменение</translation>
    </message>
    <message>
        <location filename="../../ui/diffview.cpp" line="61"/>
        <source>Ignore whitespace</source>
        <translation>Игнорировать пробелы</translation>
    </message>
    <message>
        <location filename="../../ui/diffview.cpp" line="150"/>
        <source>Comparing…</source>
        <translation>Сравнение…</translation>
    </message>
    <message>
        <location filename="../../ui/diffview.cpp" line="212"/>
        <source>Variables added: %1</source>
        <translation>Добавлены переменные: %1</translation>
    </message>
    <message>
        <location filename="../../ui/diffview.cpp" line="214"/>
        <source>Variables removed: %1</source>
        <translation>Удалены переменные: %1</translation>
    </message>
    <message>
        <location filename="../../ui/diffview.cpp" line="216"/>
        <source>Renamed: %1 → %2</source>
        <translation>Переименовано: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/diffview.cpp" line="351"/>
        <source> replaces “%1”</source>
        <translation> заменяет «%1»</translation>
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
        <translation>Не удалось открыть %1.</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="175"/>
        <source>%1 could not be read.</source>
        <translation>Не удалось прочитать %1.</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="181"/>
        <location filename="../../ui/documentcontroller.cpp" line="233"/>
        <location filename="../../ui/documentcontroller.cpp" line="238"/>
        <source>%1 could not be imported.</source>
        <translation>Не удалось импортировать %1.</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="196"/>
        <source>Opening %1…</source>
        <translation>Открытие %1…</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="243"/>
        <source>Import %1</source>
        <translation>Импорт %1</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="255"/>
        <source>The prompt could not be saved.</source>
        <translation>Не удалось сохранить промпт.</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="263"/>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="290"/>
        <source>The prompt could not be exported as %1.</source>
        <translation>Не удалось экспортировать промпт как %1.</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="295"/>
        <source>The prompt could not be exported.</source>
        <translation>Не удалось экспортировать промпт.</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="298"/>
        <source>Exported %1</source>
        <translation>Экспортировано: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="90"/>
        <source>Untitled</source>
        <translation>Без имени</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="362"/>
        <source>Restore Revision %1</source>
        <translation>Восстановить ревизию %1</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="365"/>
        <source>Revision %1 restored as revision %2. %3 brings the previous prompt back.</source>
        <translation>Ревизия %1 восстановлена как ревизия %2. %3 вернёт предыдущий промпт.</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="441"/>
        <source>Autosave failed: %1</source>
        <translation>Ошибка автосохранения: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="472"/>
        <source>The unsaved work could not be recovered.</source>
        <translation>Не удалось восстановить несохранённую работу.</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="487"/>
        <source>Unsaved work recovered. Save it to keep it.</source>
        <translation>Несохранённая работа восстановлена. Сохраните её, чтобы не потерять.</translation>
    </message>
</context>
<context>
    <name>pw::DocumentFile</name>
    <message>
        <location filename="../../core/document/documentreader.h" line="48"/>
        <location filename="../../core/document/documentreader.h" line="93"/>
        <location filename="../../core/document/documentreader.h" line="186"/>
        <source>a string</source>
        <translation>строкой</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="58"/>
        <location filename="../../core/document/documentreader.h" line="63"/>
        <location filename="../../core/document/documentreader.h" line="206"/>
        <source>is required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <location filename="../../core/document/documentreader.h" line="64"/>
        <source>must be a whole number from 1 up (found %1)</source>
        <translation>должно быть целым числом от 1 (найдено %1)</translation>
    </message>
    <message>
        <location filename="../../core/document/documentreader.h" line="76"/>
        <location filename="../../core/document/documentreader.h" line="196"/>
        <source>an object</source>
        <translation>объектом</translation>
    </message>
    <message>
        <location filename="../../core/document/documentreader.h" line="138"/>
        <source>a number</source>
        <translation>числом</translation>
    </message>
    <message>
        <location filename="../../core/document/documentreader.h" line="154"/>
        <source>must be a whole number from 0 up (found %1)</source>
        <translation>должно быть целым числом от 0 (найдено: %1)</translation>
    </message>
    <message>
        <location filename="../../core/document/documentreader.h" line="165"/>
        <source>true or false</source>
        <translation>true или false</translation>
    </message>
    <message>
        <location filename="../../core/document/documentreader.h" line="175"/>
        <source>an array</source>
        <translation>массивом</translation>
    </message>
    <message>
        <location filename="../../core/document/documentreader.h" line="207"/>
        <source>must be %1 (found %2)</source>
        <translation>должно быть %1 (найден тип %2)</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="57"/>
        <source>must be a number from 0 to 1 (found %1)</source>
        <translation>должно быть числом от 0 до 1 (найдено %1)</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="65"/>
        <source>must not be more than total (%1 of %2)</source>
        <translation>не должно превышать total (%1 из %2)</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="120"/>
        <source>must be an object (found %1)</source>
        <translation>должно быть объектом (найден тип %1)</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="127"/>
        <source>must be greater than the id before it (%1 after %2)</source>
        <translation>должно быть больше предыдущего id (%1 после %2)</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="142"/>
        <location filename="../../core/document/evaljson.cpp" line="134"/>
        <source>must be one of %1 (found &quot;%2&quot;)</source>
        <translation>должно быть одним из: %1 (найдено &quot;%2&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="152"/>
        <location filename="../../core/document/evaljson.cpp" line="241"/>
        <source>must be an ISO 8601 date and time like 2026-11-01T09:30:00Z (found &quot;%1&quot;)</source>
        <translation>должно быть датой и временем в формате ISO 8601, например 2026-11-01T09:30:00Z (найдено &quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="170"/>
        <source>must name an earlier revision (found %1)</source>
        <translation>должно указывать на более раннюю ревизию (найдено %1)</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="218"/>
        <source>not a Promptwerk document (it has no &quot;format&quot;: &quot;promptwerk&quot;)</source>
        <translation>это не документ Promptwerk (в нём нет &quot;format&quot;: &quot;promptwerk&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="223"/>
        <source>%1: must be &quot;%2&quot; (found %3)</source>
        <translation>%1: должно быть &quot;%2&quot; (найдено %3)</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="233"/>
        <source>%1: the file is format version %2, newer than this Promptwerk reads (up to %3); open it with a newer Promptwerk</source>
        <translation>%1: файл имеет версию формата %2, более новую, чем читает эта версия Promptwerk (до %3); откройте его в более новой версии Promptwerk</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="247"/>
        <source>must be an array (found %1)</source>
        <translation>должно быть массивом (найден тип %1)</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="290"/>
        <source>%1: not a Promptwerk document (the file must hold a JSON object)</source>
        <translation>%1: это не документ Promptwerk (файл должен содержать объект JSON)</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="305"/>
        <source>cannot read %1: %2</source>
        <translation>не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/document/evaljson.cpp" line="107"/>
        <location filename="../../core/document/evaljson.cpp" line="120"/>
        <source>must not be empty</source>
        <translation>не должно быть пустым</translation>
    </message>
    <message>
        <location filename="../../core/document/evaljson.cpp" line="109"/>
        <source>&quot;%1&quot; is used twice</source>
        <translation>«%1» используется дважды</translation>
    </message>
    <message>
        <location filename="../../core/document/evaljson.cpp" line="166"/>
        <source>must be from 1 to 5 (found %1)</source>
        <translation>должно быть от 1 до 5 (найдено: %1)</translation>
    </message>
    <message>
        <location filename="../../core/document/evaljson.cpp" line="233"/>
        <source>names no revision of this document (found %1)</source>
        <translation>не указывает ни на одну ревизию этого документа (найдено: %1)</translation>
    </message>
</context>
<context>
    <name>pw::DocumentPage</name>
    <message>
        <location filename="../../ui/documentpage.cpp" line="69"/>
        <source>Generate</source>
        <translation>Создание</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="69"/>
        <source>Generating a prompt…</source>
        <translation>Создание промпта…</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="69"/>
        <source>Generated prompt</source>
        <translation>Созданный промпт</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="72"/>
        <source>Improve</source>
        <translation>Улучшение</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="72"/>
        <source>Improving the prompt…</source>
        <translation>Улучшение промпта…</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="72"/>
        <source>Improved prompt</source>
        <translation>Улучшенный промпт</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="77"/>
        <source>Templatize</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="77"/>
        <source>Templatizing the prompt…</source>
        <translation>Создание шаблона…</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="77"/>
        <source>Templatized prompt</source>
        <translation>Шаблон промпта</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="84"/>
        <source>%1 in · %2 out</source>
        <translation>%1 вх. · %2 вых.</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="214"/>
        <source>Prompt</source>
        <translation>Промпт</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="217"/>
        <source>Evaluate</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="280"/>
        <source>Optional: who the model is, the rules it follows, the context it needs.</source>
        <translation>Необязательно: кто такая модель, каким правилам она следует, какой контекст ей нужен.</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="281"/>
        <source>System prompt</source>
        <translation>Системный промпт</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="284"/>
        <source>&amp;System prompt</source>
        <translation>&amp;Системный промпт</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="289"/>
        <source>Messa&amp;ges</source>
        <translation>С&amp;ообщения</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="291"/>
        <source>%1 add · %2 remove · %3 role</source>
        <translation>%1 добавить · %2 удалить · %3 роль</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="295"/>
        <source>Move the current message with %1 and %2.</source>
        <translation>Текущее сообщение перемещается клавишами %1 и %2.</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="306"/>
        <source>Optional: what Improve should change, e.g. “Make the answers shorter and add an example.”</source>
        <translation>Необязательно: что должно изменить улучшение, например: «Сделай ответы короче и добавь пример».</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="308"/>
        <source>Feedback for Improve</source>
        <translation>Пожелания для улучшения</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="310"/>
        <source>Feed&amp;back for Improve</source>
        <translation>Пожелания для &amp;улучшения</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="381"/>
        <source>Editing is paused while %1 runs — %2 (%3) to edit.</source>
        <translation>Пока выполняется %1, правка приостановлена — чтобы править, нажмите %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="384"/>
        <source>Editing is paused until the result is accepted (%1) or rejected (%2).</source>
        <translation>Правка приостановлена, пока результат не принят (%1) или не отклонён (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="466"/>
        <source>Last run: %1</source>
        <translation>Последний запуск: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="466"/>
        <source>Last run: no tokens</source>
        <translation>Последний запуск: без токенов</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="467"/>
        <location filename="../../ui/documentpage.cpp" line="493"/>
        <location filename="../../ui/documentpage.cpp" line="671"/>
        <source>Request %1</source>
        <translation>Запрос %1</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="474"/>
        <source>No values to turn into variables were found.</source>
        <translation>Значений, которые можно сделать переменными, не найдено.</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="474"/>
        <source>The prompt stays as it is.</source>
        <translation>Промпт остаётся как есть.</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="482"/>
        <source>%1 finished: accept the result (%2) or reject it (%3).</source>
        <translation>%1: готово. Принять — %2, отклонить — %3.</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="497"/>
        <source>%1 canceled.</source>
        <translation>%1: отменено.</translation>
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
        <translation>ID запроса: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="519"/>
        <source>%1 failed: %2</source>
        <translation>%1: ошибка: %2</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="535"/>
        <source>Optimized prompt</source>
        <translation>Оптимизированный промпт</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="537"/>
        <source>Optimization finished: the winner is beside the prompt; accept it (%1) or reject it (%2).</source>
        <translation>Оптимизация завершена: победитель рядом с промптом; примите его (%1) или отклоните (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="554"/>
        <source>Accept Optimized Prompt</source>
        <translation>Принять оптимизированный промпт</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="589"/>
        <source>Accept %1 Result</source>
        <translation>Принять результат: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="561"/>
        <source>Result applied. %1 brings the previous prompt back.</source>
        <translation>Результат применён. %1 вернёт предыдущий промпт.</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="602"/>
        <source>Result discarded.</source>
        <translation>Результат отклонён.</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="674"/>
        <source>Run finished: %1.</source>
        <translation>Запуск завершён: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="677"/>
        <source>Stopped before the answer was complete.</source>
        <translation>Остановлено до завершения ответа.</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="678"/>
        <source>Run Prompt canceled.</source>
        <translation>Запуск промпта отменён.</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="682"/>
        <location filename="../../ui/documentpage.cpp" line="727"/>
        <source>Run Prompt</source>
        <translation>Запуск промпта</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="716"/>
        <source>%1 has no test value: type one in the Variables table</source>
        <translation>У %1 нет тестового значения: введите его в таблице переменных</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="768"/>
        <source>Open Prompt</source>
        <translation>Открыть промпт</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="769"/>
        <source>Prompts (*.%1 *.json *.txt *.md *.markdown);;Promptwerk documents (*.%1);;All files (*)</source>
        <translation>Промпты (*.%1 *.json *.txt *.md *.markdown);;Документы Promptwerk (*.%1);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="788"/>
        <source>Import Prompt</source>
        <translation>Импорт промпта</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="789"/>
        <source>Prompt files (*.json *.txt *.md *.markdown);;All files (*)</source>
        <translation>Файлы промптов (*.json *.txt *.md *.markdown);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="797"/>
        <source>prompt</source>
        <translation>промпт</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="821"/>
        <source>Save Prompt</source>
        <translation>Сохранить промпт</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="821"/>
        <source>Promptwerk documents (*.%1)</source>
        <translation>Документы Promptwerk (*.%1)</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="835"/>
        <source>Unsaved Changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="836"/>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>В %1 есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="863"/>
        <source>an untitled prompt</source>
        <translation>промпт без имени</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="867"/>
        <source>&amp;Recover</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="876"/>
        <source>&amp;Discard</source>
        <translation>&amp;Отбросить</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="885"/>
        <source>Unsaved work on %1 from %2 was kept when Promptwerk last closed.</source>
        <translation>При последнем закрытии Promptwerk была сохранена несохранённая работа над %1 от %2.</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="886"/>
        <source>Recover it, or discard the copy.</source>
        <translation>Восстановите её или отбросьте копию.</translation>
    </message>
</context>
<context>
    <name>pw::Engine</name>
    <message>
        <location filename="../../core/tools/engine.cpp" line="140"/>
        <source>unknown engine &quot;%1&quot; (choose %2)</source>
        <translation>неизвестный движок &quot;%1&quot; (выберите %2)</translation>
    </message>
</context>
<context>
    <name>pw::EngineChooser</name>
    <message>
        <location filename="../../ui/enginechooser.cpp" line="23"/>
        <source>The model the prompt is written for. Any model id can be typed.</source>
        <translation>Модель, для которой пишется промпт. Можно ввести любой идентификатор модели.</translation>
    </message>
    <message>
        <location filename="../../ui/enginechooser.cpp" line="32"/>
        <source>E&amp;ngine:</source>
        <translation>&amp;Движок:</translation>
    </message>
    <message>
        <location filename="../../ui/enginechooser.cpp" line="38"/>
        <source>Where the tools run</source>
        <translation>Где работают инструменты</translation>
    </message>
    <message>
        <location filename="../../ui/enginechooser.cpp" line="45"/>
        <source>Target mode&amp;l:</source>
        <translation>Целевая &amp;модель:</translation>
    </message>
    <message>
        <location filename="../../ui/enginechooser.cpp" line="47"/>
        <source>any model</source>
        <translation>любая модель</translation>
    </message>
    <message>
        <location filename="../../ui/enginechooser.cpp" line="67"/>
        <source>The model the prompt is written for. Any model id can be typed.
%1
Showing the models known before.</source>
        <translation>Модель, для которой пишется промпт. Можно ввести любой идентификатор модели.
%1
Показаны ранее известные модели.</translation>
    </message>
</context>
<context>
    <name>pw::EngineConfigLookup</name>
    <message>
        <location filename="../../core/tools/engineconfiglookup.cpp" line="26"/>
        <source>The %1 engine needs an Anthropic API key: enter one in Settings, or set %2.</source>
        <translation>Движку %1 нужен ключ Anthropic API: введите его в настройках или задайте %2.</translation>
    </message>
    <message>
        <location filename="../../core/tools/engineconfiglookup.cpp" line="31"/>
        <source>The keychain could not be read: %1</source>
        <translation>Не удалось прочитать связку ключей: %1</translation>
    </message>
</context>
<context>
    <name>pw::EngineInfo</name>
    <message>
        <location filename="../../core/tools/engineregistry.cpp" line="34"/>
        <source>Claude through the Messages API (needs an Anthropic API key)</source>
        <translation>Claude через Messages API (нужен ключ Anthropic API)</translation>
    </message>
    <message>
        <location filename="../../core/tools/engineregistry.cpp" line="35"/>
        <source>Runs the tools on Claude through the Messages API, with streamed, structured output.</source>
        <translation>Выполняет инструменты на Claude через Messages API с потоковым структурированным выводом.</translation>
    </message>
    <message>
        <location filename="../../core/tools/engineregistry.cpp" line="51"/>
        <source>A server that speaks the prompt-tools protocol</source>
        <translation>Сервер с протоколом prompt-tools</translation>
    </message>
    <message>
        <location filename="../../core/tools/engineregistry.cpp" line="52"/>
        <source>Speaks the retired prompt-tools protocol to a server that still implements it, such as a gateway.</source>
        <translation>Использует устаревший протокол prompt-tools с сервером, который его ещё поддерживает, например со шлюзом.</translation>
    </message>
    <message>
        <location filename="../../core/tools/engineregistry.cpp" line="71"/>
        <source>An OpenAI-compatible server: Ollama, llama.cpp, LM Studio, vLLM, OpenAI</source>
        <translation>Сервер, совместимый с OpenAI: Ollama, llama.cpp, LM Studio, vLLM, OpenAI</translation>
    </message>
    <message>
        <location filename="../../core/tools/engineregistry.cpp" line="72"/>
        <source>Any OpenAI-compatible chat completions server: Ollama, llama.cpp, LM Studio, vLLM or OpenAI.</source>
        <translation>Любой сервер chat completions, совместимый с OpenAI: Ollama, llama.cpp, LM Studio, vLLM или OpenAI.</translation>
    </message>
    <message>
        <location filename="../../core/tools/engineregistry.cpp" line="81"/>
        <source>Offline, on this computer: templatize and checks only</source>
        <translation>Офлайн, на этом компьютере: только шаблоны и проверки</translation>
    </message>
    <message>
        <location filename="../../core/tools/engineregistry.cpp" line="82"/>
        <source>Runs on this computer without a model: it templatizes and checks prompts offline. Generate and Improve need one of the other engines.</source>
        <translation>Работает на этом компьютере без модели: офлайн создаёт шаблоны и проверяет промпты. Для создания и улучшения нужен другой движок.</translation>
    </message>
</context>
<context>
    <name>pw::EngineSettings</name>
    <message>
        <location filename="../../core/tools/enginesettings.cpp" line="87"/>
        <source>the settings</source>
        <translation>настроек</translation>
    </message>
    <message>
        <location filename="../../core/tools/enginesettings.cpp" line="93"/>
        <source>the base URL from %1 is not an http(s) URL: %2</source>
        <translation>базовый URL из %1 не является URL http(s): %2</translation>
    </message>
</context>
<context>
    <name>pw::EvaluateView</name>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="60"/>
        <source>Test cases (*.csv *.jsonl *.yaml *.yml *.json);;All files (*)</source>
        <translation>Тестовые случаи (*.csv *.jsonl *.yaml *.yml *.json);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="77"/>
        <source>Test cases</source>
        <translation>Тестовые случаи</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="90"/>
        <source>&amp;Add Case</source>
        <translation>&amp;Добавить случай</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="92"/>
        <source>&amp;Duplicate</source>
        <translation>Д&amp;ублировать</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="94"/>
        <source>De&amp;lete</source>
        <translation>У&amp;далить</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="96"/>
        <source>Move &amp;Up</source>
        <translation>В&amp;верх</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="98"/>
        <source>Move Do&amp;wn</source>
        <translation>В&amp;низ</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="99"/>
        <source>A&amp;ssertions…</source>
        <translation>Пр&amp;оверки…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="102"/>
        <source>&amp;Paste Rows</source>
        <translation>Вст&amp;авить строки</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="103"/>
        <source>&amp;Generate Cases…</source>
        <translation>Сгенерировать с&amp;лучаи…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="104"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="105"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="125"/>
        <source>Versio&amp;ns</source>
        <translation>Вер&amp;сии</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="130"/>
        <source>&amp;Run All</source>
        <translation>Запустить &amp;все</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="131"/>
        <source>Run as &amp;Batch</source>
        <translation>Запустить &amp;пакетом</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="132"/>
        <source>Run every case through the provider&apos;s batch API at half the price; results take minutes to hours, and closing the window does not lose them</source>
        <translation>Запустить все случаи через пакетный API провайдера за полцены; результаты приходят за минуты или часы, и закрытие окна их не теряет</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="134"/>
        <source>Run Sele&amp;cted</source>
        <translation>Запустить в&amp;ыбранные</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="136"/>
        <source>Rerun Failed</source>
        <translation>Перезапустить неудачные</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="138"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/evaluateview.cpp" line="318"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n случай</numerusform>
            <numerusform>%n случая</numerusform>
            <numerusform>%n случаев</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="323"/>
        <source>The prompt has no {{VARIABLES}} to write values for.</source>
        <translation>В промпте нет {{VARIABLES}}, для которых можно написать значения.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="326"/>
        <source>Ask the tool model for realistic, varied test cases for the prompt&apos;s variables</source>
        <translation>Попросить модель инструмента о реалистичных и разнообразных тестовых случаях для переменных промпта</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="402"/>
        <source>The clipboard&apos;s rows could not be pasted as test cases.</source>
        <translation>Строки из буфера обмена не удалось вставить как тестовые случаи.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/evaluateview.cpp" line="406"/>
        <source>Paste Test Cases</source>
        <translation>
            <numerusform>Вставка тестовых случаев</numerusform>
            <numerusform>Вставка тестовых случаев</numerusform>
            <numerusform>Вставка тестовых случаев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/evaluateview.cpp" line="408"/>
        <source>Pasted %n test case(s)</source>
        <translation>
            <numerusform>Вставлен %n тестовый случай</numerusform>
            <numerusform>Вставлено %n тестовых случая</numerusform>
            <numerusform>Вставлено %n тестовых случаев</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="413"/>
        <source>Import Test Cases</source>
        <translation>Импорт тестовых случаев</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="423"/>
        <source>%1 could not be imported as test cases.</source>
        <translation>%1 не удалось импортировать как тестовые случаи.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="427"/>
        <source>%1 holds no test cases.</source>
        <translation>В %1 нет тестовых случаев.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="431"/>
        <source>Import %1</source>
        <translation>Импорт %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/evaluateview.cpp" line="433"/>
        <source>Imported %n test case(s) from %1</source>
        <translation>
            <numerusform>Импортирован %n тестовый случай из %1</numerusform>
            <numerusform>Импортировано %n тестовых случая из %1</numerusform>
            <numerusform>Импортировано %n тестовых случаев из %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="440"/>
        <source>Export Test Cases</source>
        <translation>Экспорт тестовых случаев</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="440"/>
        <source>CSV (*.csv);;JSON Lines (*.jsonl)</source>
        <translation>CSV (*.csv);;JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="454"/>
        <source>The test cases could not be exported as CSV; JSON Lines (.jsonl) holds everything.</source>
        <translation>Тестовые случаи нельзя экспортировать в CSV; JSON Lines (.jsonl) сохраняет всё.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="460"/>
        <source>The test cases could not be exported.</source>
        <translation>Тестовые случаи не удалось экспортировать.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/evaluateview.cpp" line="464"/>
        <source>Exported %n test case(s) to %1</source>
        <translation>
            <numerusform>Экспортирован %n тестовый случай в %1</numerusform>
            <numerusform>Экспортировано %n тестовых случая в %1</numerusform>
            <numerusform>Экспортировано %n тестовых случаев в %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="479"/>
        <source>Edit Assertions</source>
        <translation>Изменение проверок</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="492"/>
        <source>Generate Test Cases</source>
        <translation>Генерация тестовых случаев</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/evaluateview.cpp" line="494"/>
        <source>Added %n generated test case(s)</source>
        <translation>
            <numerusform>Добавлен %n сгенерированный тестовый случай</numerusform>
            <numerusform>Добавлено %n сгенерированных тестовых случая</numerusform>
            <numerusform>Добавлено %n сгенерированных тестовых случаев</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="523"/>
        <source>Working copy</source>
        <translation>Рабочая копия</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="524"/>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="578"/>
        <source>The First and the Latest</source>
        <translation>Первая и последняя</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="680"/>
        <source>Nothing to run.</source>
        <translation>Нечего запускать.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="779"/>
        <source>The evaluation stopped.</source>
        <translation>Оценка остановлена.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="781"/>
        <source>Evaluation finished.</source>
        <translation>Оценка завершена.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="808"/>
        <source>Optimize needs test cases to score the candidates on.</source>
        <translation>Для оптимизации нужны тестовые случаи, на которых оцениваются кандидаты.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="809"/>
        <source>Add cases above, paste them from a spreadsheet or import a file.</source>
        <translation>Добавьте случаи выше, вставьте их из таблицы или импортируйте файл.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="915"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="929"/>
        <source>The optimization could not start.</source>
        <translation>Не удалось начать оптимизацию.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="933"/>
        <source>Canceled before anything ran.</source>
        <translation>Отменено до того, как что-либо запустилось.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="955"/>
        <source>No candidate beat the original on the training cases (%1): nothing to offer.</source>
        <translation>Ни один кандидат не превзошёл исходный промпт на обучающих случаях (%1): предложить нечего.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="958"/>
        <source>The winner, round %1 candidate %2, scores %3 on the training cases (the original %4).</source>
        <translation>Победитель, кандидат %2 раунда %1, набирает %3 на обучающих случаях (исходный — %4).</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="962"/>
        <source>Round %1, candidate %2</source>
        <translation>Раунд %1, кандидат %2</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="964"/>
        <source>training %1 (original %2)</source>
        <translation>обучение %1 (исходный %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/evaluateview.cpp" line="967"/>
        <source>On the %n held-out case(s) it never saw: %1, the original %2.</source>
        <translation>
            <numerusform>На %n отложенном случае, которого он не видел: %1, исходный %2.</numerusform>
            <numerusform>На %n отложенных случаях, которых он не видел: %1, исходный %2.</numerusform>
            <numerusform>На %n отложенных случаях, которых он не видел: %1, исходный %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="969"/>
        <source>held-out %1 (original %2)</source>
        <translation>проверка %1 (исходный %2)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="977"/>
        <source>The optimization stopped.</source>
        <translation>Оптимизация остановлена.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="981"/>
        <source>Optimization finished: the original stays.</source>
        <translation>Оптимизация завершена: исходный промпт остаётся.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="1009"/>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/evaluateview.cpp" line="1017"/>
        <source>%n passed</source>
        <translation>
            <numerusform>%n прошёл</numerusform>
            <numerusform>%n прошли</numerusform>
            <numerusform>%n прошли</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/evaluateview.cpp" line="1019"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="1023"/>
        <source>about %1 s left</source>
        <translation>осталось около %1 с</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="974"/>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="1024"/>
        <source>%1 tokens</source>
        <translation>%1 токенов</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="1025"/>
        <source>≈ $%1 (estimate)</source>
        <translation>≈ $%1 (оценка)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="1026"/>
        <source>≈ $%1 (estimate; some models have no price)</source>
        <translation>≈ $%1 (оценка; для некоторых моделей нет цены)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="1035"/>
        <source>reading the batch results</source>
        <translation>чтение результатов пакета</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="1037"/>
        <source>sending the batch</source>
        <translation>отправка пакета</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="1039"/>
        <source>batch: %1 processing, %2 succeeded</source>
        <translation>пакет: в работе %1, успешно %2</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="1041"/>
        <source>%1 errored</source>
        <translation>с ошибкой %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="1043"/>
        <source>%1 canceled</source>
        <translation>отменено %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="1045"/>
        <source>%1 expired</source>
        <translation>истекло %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="1046"/>
        <source>%1 (the provider was last asked at %2)</source>
        <translation>%1 (последний запрос к провайдеру в %2)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="1070"/>
        <source>Continue the Batch Run?</source>
        <translation>Продолжить пакетный запуск?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/evaluateview.cpp" line="1071"/>
        <source>%n result(s) of a batch run are missing: its batches may still be running at the provider. Continue the run now? Its batches are read, not sent again.</source>
        <translation>
            <numerusform>Не хватает %n результата пакетного запуска: его пакеты, возможно, ещё выполняются у провайдера. Продолжить сейчас? Пакеты будут прочитаны, а не отправлены заново.</numerusform>
            <numerusform>Не хватает %n результатов пакетного запуска: его пакеты, возможно, ещё выполняются у провайдера. Продолжить сейчас? Пакеты будут прочитаны, а не отправлены заново.</numerusform>
            <numerusform>Не хватает %n результатов пакетного запуска: его пакеты, возможно, ещё выполняются у провайдера. Продолжить сейчас? Пакеты будут прочитаны, а не отправлены заново.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="1075"/>
        <source>Resume the Evaluation?</source>
        <translation>Продолжить оценку?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/evaluateview.cpp" line="1076"/>
        <source>%n result(s) are missing: Promptwerk stopped while the evaluation ran. Run the missing cells now?</source>
        <translation>
            <numerusform>Не хватает %n результата: Promptwerk остановился во время оценки. Запустить недостающие ячейки сейчас?</numerusform>
            <numerusform>Не хватает %n результатов: Promptwerk остановился во время оценки. Запустить недостающие ячейки сейчас?</numerusform>
            <numerusform>Не хватает %n результатов: Promptwerk остановился во время оценки. Запустить недостающие ячейки сейчас?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pw::ExportDialog</name>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="33"/>
        <source>Text with sections (Markdown)</source>
        <translation>Текст с разделами (Markdown)</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="35"/>
        <source>Messages API request (JSON)</source>
        <translation>Запрос Messages API (JSON)</translation>
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
        <translation>Команда curl (shell)</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="43"/>
        <source>Jinja template</source>
        <translation>Шаблон Jinja</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="45"/>
        <source>promptfoo config (YAML)</source>
        <translation>Конфигурация promptfoo (YAML)</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="47"/>
        <source>prompt-tools request (JSON)</source>
        <translation>Запрос prompt-tools (JSON)</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="57"/>
        <location filename="../../ui/exportdialog.cpp" line="160"/>
        <source>Export Prompt</source>
        <translation>Экспорт промпта</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="60"/>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="62"/>
        <source>Pre&amp;view:</source>
        <translation>&amp;Просмотр:</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="73"/>
        <source>%1, saved as .%2</source>
        <translation>%1, сохраняется как .%2</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="75"/>
        <source>Export formats</source>
        <translation>Форматы экспорта</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="81"/>
        <source>Preview of the export</source>
        <translation>Просмотр экспорта</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="89"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="90"/>
        <source>Copy the preview to the clipboard</source>
        <translation>Скопировать просмотр в буфер обмена</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="91"/>
        <source>&amp;Save…</source>
        <translation>&amp;Сохранить…</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="143"/>
        <source>This prompt cannot be exported as %1: %2</source>
        <translation>Этот промпт нельзя экспортировать как %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="150"/>
        <source>Copied to the clipboard as %1.</source>
        <translation>Скопировано в буфер обмена как %1.</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="159"/>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="159"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>pw::Exporters</name>
    <message>
        <location filename="../../core/exchange/exporters.cpp" line="47"/>
        <source>%1: only text blocks can be exported (found &quot;%2&quot;)</source>
        <translation>%1: экспортировать можно только текстовые блоки (найдено &quot;%2&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/exchange/exporters.cpp" line="287"/>
        <source>%1: the variable %2 cannot be a Jinja variable (Jinja reads &quot;%3&quot; as a keyword); rename it</source>
        <translation>%1: переменная %2 не может быть переменной Jinja (Jinja читает &quot;%3&quot; как ключевое слово); переименуйте её</translation>
    </message>
</context>
<context>
    <name>pw::FindBar</name>
    <message>
        <location filename="../../ui/findbar.cpp" line="25"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="46"/>
        <source>Text to find</source>
        <translation>Искомый текст</translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="47"/>
        <source>Find in the system prompt and the messages</source>
        <translation>Искать в системном промпте и сообщениях</translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="49"/>
        <source>Find:</source>
        <translation>Найти:</translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="54"/>
        <location filename="../../ui/findbar.cpp" line="258"/>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="54"/>
        <location filename="../../ui/findbar.cpp" line="256"/>
        <source>No matches</source>
        <translation>Нет совпадений</translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="58"/>
        <location filename="../../ui/findbar.cpp" line="59"/>
        <source>Previous match</source>
        <translation>Предыдущее совпадение</translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="62"/>
        <location filename="../../ui/findbar.cpp" line="63"/>
        <source>Next match</source>
        <translation>Следующее совпадение</translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="64"/>
        <source>Match case</source>
        <translation>С учётом регистра</translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="66"/>
        <source>Whole words</source>
        <translation>Слова целиком</translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="71"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="72"/>
        <source>Close the find bar</source>
        <translation>Закрыть панель поиска</translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="88"/>
        <source>Replacement</source>
        <translation>Замена</translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="89"/>
        <source>Replace with:</source>
        <translation>Заменить на:</translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="91"/>
        <location filename="../../ui/findbar.cpp" line="291"/>
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="93"/>
        <source>Replace this match and go to the next (Enter in the replacement)</source>
        <translation>Заменить это совпадение и перейти к следующему (Enter в поле замены)</translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="94"/>
        <location filename="../../ui/findbar.cpp" line="304"/>
        <source>Replace All</source>
        <translation>Заменить все</translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="96"/>
        <source>Replace every match in one step, which Undo takes back</source>
        <translation>Заменить все совпадения за один шаг, который отменяется командой «Отменить»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/findbar.cpp" line="310"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n замена</numerusform>
            <numerusform>%n замены</numerusform>
            <numerusform>%n замен</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pw::FindingsList</name>
    <message>
        <location filename="../../ui/findingslist.cpp" line="44"/>
        <source>Prompt checks</source>
        <translation>Проверки промпта</translation>
    </message>
</context>
<context>
    <name>pw::FindingsModel</name>
    <message>
        <location filename="../../ui/prompttext.cpp" line="30"/>
        <source>Prompt</source>
        <translation>Промпт</translation>
    </message>
    <message>
        <location filename="../../ui/prompttext.cpp" line="33"/>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <location filename="../../ui/prompttext.cpp" line="36"/>
        <source>Message %1</source>
        <translation>Сообщение %1</translation>
    </message>
    <message>
        <location filename="../../ui/prompttext.cpp" line="45"/>
        <source>%1, line %2</source>
        <translation>%1, строка %2</translation>
    </message>
    <message>
        <location filename="../../ui/findingsmodel.cpp" line="67"/>
        <source>No problems found.</source>
        <translation>Проблем не найдено.</translation>
    </message>
    <message>
        <location filename="../../ui/findingsmodel.cpp" line="87"/>
        <source>Finding</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <location filename="../../ui/findingsmodel.cpp" line="87"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
</context>
<context>
    <name>pw::GenerateCasesDialog</name>
    <message>
        <location filename="../../ui/evaluate/generatecasesdialog.cpp" line="30"/>
        <source>&amp;Generate</source>
        <translation>&amp;Сгенерировать</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/generatecasesdialog.cpp" line="33"/>
        <source>Generate Test Cases</source>
        <translation>Генерация тестовых случаев</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/generatecasesdialog.cpp" line="47"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/generatecasesdialog.cpp" line="49"/>
        <source>Ideal output</source>
        <translation>Идеальный ответ</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/generatecasesdialog.cpp" line="49"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/generatecasesdialog.cpp" line="55"/>
        <source>Generated test cases</source>
        <translation>Сгенерированные тестовые случаи</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/generatecasesdialog.cpp" line="57"/>
        <source>&amp;Cases to write:</source>
        <translation>&amp;Число случаев:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/generatecasesdialog.cpp" line="84"/>
        <source>The tool model writes realistic, varied values for %1. You choose which cases to add.</source>
        <translation>Модель инструмента пишет реалистичные и разнообразные значения для %1. Какие случаи добавить, решаете вы.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/generatecasesdialog.cpp" line="95"/>
        <source>%v of %m</source>
        <translation>%v из %m</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/generatecasesdialog.cpp" line="97"/>
        <source>The tool model is writing %n test case(s)…</source>
        <translation>
            <numerusform>Модель инструмента пишет %n тестовый случай…</numerusform>
            <numerusform>Модель инструмента пишет %n тестовых случая…</numerusform>
            <numerusform>Модель инструмента пишет %n тестовых случаев…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/generatecasesdialog.cpp" line="111"/>
        <source>&amp;Generate Again</source>
        <translation>Сгенерировать &amp;снова</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/generatecasesdialog.cpp" line="115"/>
        <source>No test cases: %1</source>
        <translation>Нет тестовых случаев: %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/generatecasesdialog.cpp" line="118"/>
        <source>Tick the cases to add; a double-click edits a cell.</source>
        <translation>Отметьте случаи, которые нужно добавить; двойной щелчок правит ячейку.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/generatecasesdialog.cpp" line="163"/>
        <source>&amp;Add %n</source>
        <translation>
            <numerusform>&amp;Добавить %n</numerusform>
            <numerusform>&amp;Добавить %n</numerusform>
            <numerusform>&amp;Добавить %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pw::GenerateDialog</name>
    <message>
        <location filename="../../ui/generatedialog.cpp" line="15"/>
        <source>Generate a Prompt</source>
        <translation>Создание промпта</translation>
    </message>
    <message>
        <location filename="../../ui/generatedialog.cpp" line="17"/>
        <source>&amp;Describe the task the prompt is for:</source>
        <translation>&amp;Опишите задачу, для которой нужен промпт:</translation>
    </message>
    <message>
        <location filename="../../ui/generatedialog.cpp" line="20"/>
        <source>e.g. Answer customer questions about a meal-prep delivery service, politely and briefly, and hand over to a person for refunds.</source>
        <translation>Например: вежливо и кратко отвечать на вопросы клиентов о службе доставки готовой еды, а вопросы возврата денег передавать сотруднику.</translation>
    </message>
    <message>
        <location filename="../../ui/generatedialog.cpp" line="25"/>
        <source>The generated prompt replaces the current one when you accept it; Ctrl+Z brings the current one back.</source>
        <translation>Если принять созданный промпт, он заменит текущий; Ctrl+Z вернёт текущий.</translation>
    </message>
    <message>
        <location filename="../../ui/generatedialog.cpp" line="31"/>
        <source>&amp;Generate</source>
        <translation>&amp;Создать</translation>
    </message>
</context>
<context>
    <name>pw::Graders</name>
    <message>
        <location filename="../../core/eval/graders.cpp" line="84"/>
        <source>the schema is not valid JSON: %1</source>
        <translation>схема не является допустимым JSON: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="87"/>
        <source>the value must be a JSON Schema (found %1)</source>
        <translation>значение должно быть схемой JSON Schema (найдено: %1)</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="136"/>
        <source>equal the JSON %1</source>
        <translation>быть равным JSON %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="139"/>
        <source>equal %1</source>
        <translation>быть равным %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="147"/>
        <source>contain %1</source>
        <translation>содержать %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="148"/>
        <source>contain %1 (ignoring case)</source>
        <translation>содержать %1 (без учёта регистра)</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="164"/>
        <source>contain all of %1</source>
        <translation>содержать всё из %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="165"/>
        <source>contain any of %1</source>
        <translation>содержать что-либо из %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="167"/>
        <source> (ignoring case)</source>
        <translation> (без учёта регистра)</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="169"/>
        <location filename="../../core/eval/graders.cpp" line="307"/>
        <source>missing %1</source>
        <translation>нет %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="171"/>
        <source>found %1</source>
        <translation>найдено %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="180"/>
        <source>match the regular expression %1</source>
        <translation>соответствовать регулярному выражению %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="186"/>
        <source>it is not JSON: %1</source>
        <translation>это не JSON: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="189"/>
        <source>it does not match the schema: %1</source>
        <translation>не соответствует схеме: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="200"/>
        <source>be JSON matching the schema</source>
        <translation>быть JSON, соответствующим схеме</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="201"/>
        <source>be JSON</source>
        <translation>быть JSON</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="254"/>
        <source>contain JSON matching the schema</source>
        <translation>содержать JSON, соответствующий схеме</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="255"/>
        <source>contain JSON</source>
        <translation>содержать JSON</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="258"/>
        <source>no JSON object was found</source>
        <translation>объект JSON не найден</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="275"/>
        <source>be well-formed XML</source>
        <translation>быть корректным XML</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="276"/>
        <source>be well-formed XML with %1</source>
        <translation>быть корректным XML с %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="290"/>
        <source>line %1, column %2: %3</source>
        <translation>строка %1, столбец %2: %3</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="297"/>
        <source>there is no element</source>
        <translation>нет ни одного элемента</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="350"/>
        <source>be within edit distance %1 of %2</source>
        <translation>отличаться от %2 не более чем на %1 правок</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="351"/>
        <source>the distance is more than %1</source>
        <translation>расстояние больше %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="352"/>
        <source>the distance is %1</source>
        <translation>расстояние равно %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="360"/>
        <source>take at most %1 ms</source>
        <translation>занять не более %1 мс</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="361"/>
        <source>the latency is unknown</source>
        <translation>задержка неизвестна</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="362"/>
        <source>it took %1 ms</source>
        <translation>заняло %1 мс</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="370"/>
        <source>cost at most $%1 (estimated)</source>
        <translation>стоить не более $%1 (оценка)</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="372"/>
        <source>there is no cost estimate: the price table has no price for the model</source>
        <translation>нет оценки стоимости: в таблице цен нет цены для этой модели</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="373"/>
        <source>the estimate is $%1</source>
        <translation>оценка: $%1</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="398"/>
        <source>start with %1</source>
        <translation>начинаться с %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="441"/>
        <source>unknown assertion type &quot;%1&quot; (known: %2)</source>
        <translation>неизвестный тип проверки «%1» (известные: %2)</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="445"/>
        <source>the weight must be a number, 0 or more</source>
        <translation>вес должен быть числом не меньше 0</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="447"/>
        <source>the threshold must be a number</source>
        <translation>порог должен быть числом</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="451"/>
        <source>%1 needs a value: a string, a number or JSON</source>
        <translation>для %1 нужно значение: строка, число или JSON</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="455"/>
        <source>%1 needs a text value</source>
        <translation>для %1 нужно текстовое значение</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="457"/>
        <source>the threshold must be 0 or more</source>
        <translation>порог должен быть не меньше 0</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="460"/>
        <source>%1 needs a list of texts, or texts separated by commas</source>
        <translation>для %1 нужен список текстов или тексты через запятую</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="463"/>
        <source>regex needs a regular expression as its value</source>
        <translation>для regex значением должно быть регулярное выражение</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="466"/>
        <source>the regular expression is invalid at offset %1: %2</source>
        <translation>регулярное выражение недопустимо в позиции %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="476"/>
        <source>the schema is unusable: %1</source>
        <translation>схему нельзя использовать: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="480"/>
        <source>is-xml&apos;s value must list element paths (&quot;root.child&quot;)</source>
        <translation>значение is-xml должно перечислять пути элементов («root.child»)</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="484"/>
        <source>%1 needs a threshold, 0 or more</source>
        <translation>для %1 нужен порог не меньше 0</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="487"/>
        <source>%1 needs the criteria as its value</source>
        <translation>для %1 значением должны быть критерии</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="490"/>
        <source>factuality&apos;s value must be the reference answer (or empty: the case&apos;s ideal output)</source>
        <translation>значением factuality должен быть эталонный ответ (или пусто: идеальный ответ случая)</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="506"/>
        <source>%1 needs a grader model</source>
        <translation>для %1 нужна модель-оценщик</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="514"/>
        <source>the output does not %1</source>
        <translation>вывод не соответствует условию: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="515"/>
        <source>the output does %1</source>
        <translation>вывод соответствует условию: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="518"/>
        <source>expected the output not to %1</source>
        <translation>ожидалось, что вывод не будет: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="519"/>
        <source>expected the output to %1</source>
        <translation>ожидалось, что вывод будет: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="568"/>
        <source>%1 at byte %2</source>
        <translation>%1 в байте %2</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="571"/>
        <source>expected exactly one JSON value</source>
        <translation>ожидалось ровно одно значение JSON</translation>
    </message>
</context>
<context>
    <name>pw::GuideDialog</name>
    <message>
        <location filename="../../ui/helpwindows.cpp" line="145"/>
        <source>Promptwerk Guide</source>
        <translation>Руководство Promptwerk</translation>
    </message>
    <message>
        <location filename="../../ui/helpwindows.cpp" line="148"/>
        <source>This guide is in English only.</source>
        <translation>Это руководство есть только на английском.</translation>
    </message>
</context>
<context>
    <name>pw::HistoryModel</name>
    <message>
        <location filename="../../ui/historymodel.cpp" line="43"/>
        <source>%1 in · %2 out</source>
        <translation>%1 вх. · %2 вых.</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="73"/>
        <source>%1 % passed (%2 of %3), mean score %4</source>
        <translation>пройдено %1 % (%2 из %3), средняя оценка %4</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="84"/>
        <source>Revision %1: %2, %3</source>
        <translation>Ревизия %1: %2, %3</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="91"/>
        <source>Written for %1</source>
        <translation>Для %1</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="93"/>
        <source>Task: %1</source>
        <translation>Задача: %1</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="95"/>
        <source>Feedback: %1</source>
        <translation>Пожелания: %1</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="97"/>
        <source>Round %1, candidate %2</source>
        <translation>Раунд %1, кандидат %2</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="98"/>
        <source>Training cases: %1</source>
        <translation>Обучающие случаи: %1</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="100"/>
        <source>Held-out cases: %1</source>
        <translation>Отложенные случаи: %1</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="122"/>
        <source>Typed</source>
        <translation>Введён</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="124"/>
        <source>Generated</source>
        <translation>Создан</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="126"/>
        <source>Improved</source>
        <translation>Улучшен</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="128"/>
        <source>Templatized</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="130"/>
        <source>Imported</source>
        <translation>Импортирован</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="132"/>
        <source>Optimized %1.%2</source>
        <translation>Оптимизирован %1.%2</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="133"/>
        <source>Optimized</source>
        <translation>Оптимизирован</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="137"/>
        <source>Restored #%1</source>
        <translation>Восстановлен №%1</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="142"/>
        <source>Revision %1</source>
        <translation>Ревизия %1</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="211"/>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="213"/>
        <source>Origin</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="215"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="217"/>
        <source>Made with</source>
        <translation>Модель</translation>
    </message>
</context>
<context>
    <name>pw::HistoryPanel</name>
    <message>
        <location filename="../../ui/historypanel.cpp" line="31"/>
        <source>&amp;Compare</source>
        <translation>Срав&amp;нить</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="31"/>
        <source>Compare with Current</source>
        <translation>Сравнить с текущим</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="32"/>
        <source>Rest&amp;ore</source>
        <translation>Восс&amp;тановить</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="41"/>
        <source>Revisions</source>
        <translation>Ревизии</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="44"/>
        <source>Select a revision to see it, two to compare them.</source>
        <translation>Выберите ревизию, чтобы увидеть её, или две, чтобы сравнить.</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="48"/>
        <source>Show the selected revision beside the prompt as it is now</source>
        <translation>Показать выбранную ревизию рядом с текущим промптом</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="246"/>
        <source>Revision %1 and the current prompt</source>
        <translation>Ревизия %1 и текущий промпт</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="247"/>
        <source>Current prompt</source>
        <translation>Текущий промпт</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="251"/>
        <source>Revision %1 and revision %2</source>
        <translation>Ревизия %1 и ревизия %2</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="49"/>
        <source>Show the two selected revisions side by side</source>
        <translation>Показать две выбранные ревизии рядом</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="50"/>
        <source>Make the selected revision the working copy again, as a new revision</source>
        <translation>Сделать выбранную ревизию рабочей копией (как новую ревизию)</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="72"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="73"/>
        <source>Close the preview</source>
        <translation>Закрыть предпросмотр</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="77"/>
        <source>Revision preview</source>
        <translation>Предпросмотр ревизии</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="239"/>
        <location filename="../../ui/historypanel.cpp" line="253"/>
        <source>Revision %1 · %2</source>
        <translation>Ревизия %1 · %2</translation>
    </message>
</context>
<context>
    <name>pw::Importers</name>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="113"/>
        <source>%1: the file is empty: there is no prompt to import</source>
        <translation>%1: файл пуст: импортировать нечего</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="133"/>
        <source>text before the first &quot;## System&quot;, &quot;## User&quot; or &quot;## Assistant&quot; heading; move it into a section or remove it</source>
        <translation>текст перед первым заголовком &quot;## System&quot;, &quot;## User&quot; или &quot;## Assistant&quot;; перенесите его в раздел или удалите</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="147"/>
        <source>the &quot;## %1&quot; section is empty</source>
        <translation>раздел &quot;## %1&quot; пуст</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="151"/>
        <source>a second &quot;## System&quot; section (a prompt has one system prompt)</source>
        <translation>второй раздел &quot;## System&quot; (у промпта один системный промпт)</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="155"/>
        <source>&quot;## System&quot; must come before the messages</source>
        <translation>&quot;## System&quot; должен идти перед сообщениями</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="164"/>
        <source>%1: there is a &quot;## System&quot; section but no &quot;## User&quot; message</source>
        <translation>%1: есть раздел &quot;## System&quot;, но нет сообщения &quot;## User&quot;</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="176"/>
        <location filename="../../core/exchange/importers.cpp" line="243"/>
        <source>%1: must be a string (found %2)</source>
        <translation>%1: должно быть строкой (найден тип %2)</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="187"/>
        <source>invalid JSON: %1</source>
        <translation>недопустимый JSON: %1</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="193"/>
        <source>a JSON prompt must be an object with &quot;messages&quot; (found an array)</source>
        <translation>JSON-промпт должен быть объектом с &quot;messages&quot; (найден массив)</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="197"/>
        <source>a generate_prompt request holds a task, not a prompt: there is nothing to import</source>
        <translation>запрос generate_prompt содержит задачу, а не промпт: импортировать нечего</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="199"/>
        <source>%1: is required (a JSON prompt is {&quot;system&quot;: ..., &quot;messages&quot;: [...]})</source>
        <translation>%1: обязательно (JSON-промпт имеет вид {&quot;system&quot;: ..., &quot;messages&quot;: [...]})</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="219"/>
        <source>%1: holds no message: there is no prompt to import</source>
        <translation>%1: нет ни одного сообщения: импортировать нечего</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="225"/>
        <source>%1: only text blocks can be imported (found &quot;%2&quot;)</source>
        <translation>%1: импортировать можно только текстовые блоки (найдено &quot;%2&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="249"/>
        <source>%1: must be an object (found %2)</source>
        <translation>%1: должно быть объектом (найден тип %2)</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="317"/>
        <source>the file is not valid UTF-8 text (byte %1)</source>
        <translation>файл не является корректным текстом UTF-8 (байт %1)</translation>
    </message>
</context>
<context>
    <name>pw::InputTokenCounter</name>
    <message>
        <location filename="../../ui/inputtokencounter.cpp" line="60"/>
        <source>Input: ≈%1 tokens (estimate)</source>
        <translation>Вход: ≈%1 токенов (оценка)</translation>
    </message>
    <message>
        <location filename="../../ui/inputtokencounter.cpp" line="60"/>
        <source>Input: %1 tokens</source>
        <translation>Вход: %1 токенов</translation>
    </message>
    <message>
        <location filename="../../ui/inputtokencounter.cpp" line="69"/>
        <source>About four characters per token: the %1 engine has no token counter.</source>
        <translation>Примерно четыре символа на токен: у движка %1 нет счётчика токенов.</translation>
    </message>
    <message>
        <location filename="../../ui/inputtokencounter.cpp" line="75"/>
        <source>About four characters per token: a prompt without messages cannot be counted.</source>
        <translation>Примерно четыре символа на токен: промпт без сообщений посчитать нельзя.</translation>
    </message>
    <message>
        <location filename="../../ui/inputtokencounter.cpp" line="95"/>
        <source>About four characters per token: %1</source>
        <translation>Примерно четыре символа на токен: %1</translation>
    </message>
    <message>
        <location filename="../../ui/inputtokencounter.cpp" line="125"/>
        <source>About four characters per token: the count failed (%1).</source>
        <translation>Примерно четыре символа на токен: подсчёт не удался (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/inputtokencounter.cpp" line="130"/>
        <source>Counted by the %1 engine&apos;s count_tokens for %2</source>
        <translation>Посчитано через count_tokens движка %1 для %2</translation>
    </message>
</context>
<context>
    <name>pw::JsonSchema</name>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="117"/>
        <source>must be one of %1, or an array of them</source>
        <translation>должно быть одним из %1 или массивом из них</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="122"/>
        <source>must be an object</source>
        <translation>должно быть объектом</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="130"/>
        <source>must be an array of strings</source>
        <translation>должно быть массивом строк</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="134"/>
        <source>must be a schema (an object or a boolean)</source>
        <translation>должно быть схемой (объектом или логическим значением)</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="137"/>
        <source>must be an array</source>
        <translation>должно быть массивом</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="142"/>
        <source>must be a non-empty array of schemas</source>
        <translation>должно быть непустым массивом схем</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="146"/>
        <source>must be a number</source>
        <translation>должно быть числом</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="151"/>
        <source>must be a whole number, 0 or more</source>
        <translation>должно быть целым числом не меньше 0</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="156"/>
        <source>must be a string</source>
        <translation>должно быть строкой</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="160"/>
        <source>is not a valid regular expression: %1</source>
        <translation>не является допустимым регулярным выражением: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="172"/>
        <source>a schema must be an object or a boolean (found %1)</source>
        <translation>схема должна быть объектом или логическим значением (найдено: %1)</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="181"/>
        <source>items as an array (tuple validation) is not supported</source>
        <translation>items в виде массива (проверка кортежей) не поддерживается</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="184"/>
        <source>the keyword is not supported (supported: %1)</source>
        <translation>это ключевое слово не поддерживается (поддерживаются: %1)</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="242"/>
        <source>the required property &quot;%1&quot; is missing</source>
        <translation>нет обязательного свойства «%1»</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="252"/>
        <source>the property &quot;%1&quot; is not allowed</source>
        <translation>свойство «%1» не допускается</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="266"/>
        <source>no value is allowed here</source>
        <translation>здесь не допускается никакое значение</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="280"/>
        <source>expected %1 (found %2)</source>
        <translation>ожидалось %1 (найдено: %2)</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="285"/>
        <source>expected %1</source>
        <translation>ожидалось %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="292"/>
        <source>%1 is not one of %2</source>
        <translation>%1 не входит в %2</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="299"/>
        <source>matches none of the anyOf alternatives</source>
        <translation>не соответствует ни одному из вариантов anyOf</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="305"/>
        <source>%1 is less than the minimum %2</source>
        <translation>%1 меньше минимума %2</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="309"/>
        <source>%1 is more than the maximum %2</source>
        <translation>%1 больше максимума %2</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="317"/>
        <source>the text is shorter than %1 characters</source>
        <translation>текст короче %1 символов</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="321"/>
        <source>the text is longer than %1 characters</source>
        <translation>текст длиннее %1 символов</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="326"/>
        <source>the text does not match the pattern %1</source>
        <translation>текст не соответствует шаблону %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="333"/>
        <source>fewer than %1 items</source>
        <translation>меньше %1 элементов</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="337"/>
        <source>more than %1 items</source>
        <translation>больше %1 элементов</translation>
    </message>
</context>
<context>
    <name>pw::KeychainSecretStore</name>
    <message>
        <location filename="../../core/secrets/keychainstore.cpp" line="39"/>
        <source>No keychain is available (%1). Keys are kept for this session only.</source>
        <translation>Связка ключей недоступна (%1). Ключи хранятся только в этом сеансе.</translation>
    </message>
</context>
<context>
    <name>pw::LocalToolRun</name>
    <message>
        <location filename="../../core/tools/localengine.cpp" line="28"/>
        <source>The local engine works offline and can only templatize and check prompts; %1 needs a model. Choose the claude or openai engine.</source>
        <translation>Движок local работает офлайн и умеет только создавать шаблоны и проверять промпты; для «%1» нужна модель. Выберите движок claude или openai.</translation>
    </message>
</context>
<context>
    <name>pw::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="239"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="242"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="253"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="254"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="255"/>
        <source>&amp;Paste</source>
        <translation>Вст&amp;авить</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="256"/>
        <source>Select A&amp;ll</source>
        <translation>Выделить вс&amp;ё</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="260"/>
        <source>&amp;Find…</source>
        <translation>На&amp;йти…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="262"/>
        <source>Find &amp;Next</source>
        <translation>Найти &amp;далее</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="263"/>
        <source>Find Pre&amp;vious</source>
        <translation>Найти пр&amp;едыдущее</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="265"/>
        <source>R&amp;eplace…</source>
        <translation>За&amp;менить…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="268"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="270"/>
        <source>&amp;Generate…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="272"/>
        <source>Write a new prompt from a task description (%1)</source>
        <translation>Написать новый промпт по описанию задачи (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="274"/>
        <source>&amp;Improve</source>
        <translation>&amp;Улучшить</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="275"/>
        <source>Rewrite the prompt along best practice and your feedback (%1)</source>
        <translation>Переписать промпт по лучшим практикам и вашим пожеланиям (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="277"/>
        <source>&amp;Templatize</source>
        <translation>Сделать &amp;шаблон</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="279"/>
        <source>Replace the concrete values in the prompt by {{VARIABLES}} (%1)</source>
        <translation>Заменить конкретные значения в промпте на {{VARIABLES}} (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="281"/>
        <source>&amp;Cancel Run</source>
        <translation>Ос&amp;тановить</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="282"/>
        <source>Stop the running tool, prompt or evaluation (Esc)</source>
        <translation>Остановить работающий инструмент, промпт или оценку (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="283"/>
        <source>&amp;Accept Result</source>
        <translation>&amp;Принять результат</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="285"/>
        <source>&amp;Reject Result</source>
        <translation>&amp;Отклонить результат</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="287"/>
        <source>Retr&amp;y</source>
        <translation>По&amp;вторить</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="288"/>
        <source>Ru&amp;n Prompt</source>
        <translation>&amp;Запустить промпт</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="293"/>
        <source>Send the prompt, filled with the variables&apos; test values, to the target model (%1)</source>
        <translation>Отправить промпт с тестовыми значениями переменных целевой модели (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="296"/>
        <source>Opti&amp;mize…</source>
        <translation>Опти&amp;мизировать…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="298"/>
        <source>Search for a better prompt against the test cases, and check it on cases it never saw (%1)</source>
        <translation>Искать лучший промпт по тестовым случаям и проверить его на случаях, которых он не видел (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="301"/>
        <source>&amp;Guide</source>
        <translation>&amp;Руководство</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="302"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="304"/>
        <source>&amp;Welcome Page</source>
        <translation>Стар&amp;товая страница</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="362"/>
        <source>Variables and Checks</source>
        <translation>Переменные и проверки</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="388"/>
        <source>Run Prompt</source>
        <translation>Запуск промпта</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="405"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="410"/>
        <source>Open Sa&amp;mple</source>
        <translation>Открыть &amp;пример</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="421"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="424"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="435"/>
        <source>&amp;Message</source>
        <translation>Сообщ&amp;ение</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="441"/>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="449"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="457"/>
        <source>Go to &amp;System Prompt</source>
        <translation>К &amp;системному промпту</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="458"/>
        <source>Go to &amp;Messages</source>
        <translation>К с&amp;ообщениям</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="459"/>
        <source>Go to &amp;Feedback</source>
        <translation>К &amp;пожеланиям</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="461"/>
        <source>Go to &amp;Variables</source>
        <translation>К пе&amp;ременным</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="462"/>
        <source>Go to &amp;Evaluate</source>
        <translation>К о&amp;ценке</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="467"/>
        <source>&amp;Help</source>
        <translation>Сп&amp;равка</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="470"/>
        <source>&amp;About Promptwerk</source>
        <translation>&amp;О Promptwerk</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="471"/>
        <source>About Promptwerk</source>
        <translation>О Promptwerk</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="472"/>
        <source>&lt;b&gt;Promptwerk %1&lt;/b&gt;&lt;p&gt;A workbench for prompt authors: write, generate, improve and templatize prompts on any model, and compare before and after.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Promptwerk %1&lt;/b&gt;&lt;p&gt;Рабочее место для авторов промптов: пишите, создавайте, улучшайте промпты и превращайте их в шаблоны для любой модели, сравнивая «до» и «после».&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="480"/>
        <source>Tools</source>
        <translation>Инструменты</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="506"/>
        <source>The engine the tools run on</source>
        <translation>Движок, на котором работают инструменты</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="507"/>
        <location filename="../../ui/mainwindow.cpp" line="686"/>
        <source>The model that runs the tools</source>
        <translation>Модель, которая выполняет инструменты</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="508"/>
        <source>Tokens of the last run</source>
        <translation>Токены последнего запуска</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="509"/>
        <source>The request id of the last answer, for support</source>
        <translation>Идентификатор запроса последнего ответа (для поддержки)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="570"/>
        <source>The local engine works offline: choose claude, prompt-tools or openai to generate or improve.</source>
        <translation>Движок local работает офлайн: чтобы создавать или улучшать промпты, выберите claude, prompt-tools или openai.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="661"/>
        <source>Settings saved; the API key is kept for this session only (the keychain did not store it).</source>
        <translation>Настройки сохранены; ключ API хранится только в этом сеансе (связка ключей его не сохранила).</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="662"/>
        <source>Settings saved.</source>
        <translation>Настройки сохранены.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="677"/>
        <source>Engine: %1</source>
        <translation>Движок: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="681"/>
        <source>offline</source>
        <translation>офлайн</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="683"/>
        <source>Tool model: the server&apos;s</source>
        <translation>Модель инструментов: серверная</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="685"/>
        <source>Tool model: %1</source>
        <translation>Модель инструментов: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="687"/>
        <source>No run yet</source>
        <translation>Запусков ещё не было</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="227"/>
        <source>&amp;New</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="228"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="229"/>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="231"/>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="232"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="234"/>
        <source>Bring a prompt file into this document as a new revision</source>
        <translation>Добавить файл промпта в этот документ как новую ревизию</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="235"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="237"/>
        <source>Write the prompt as code or a template for another tool</source>
        <translation>Записать промпт как код или шаблон для другого инструмента</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="379"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="408"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние файлы</translation>
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
        <translation>Ключи хранятся только в этом сеансе.</translation>
    </message>
</context>
<context>
    <name>pw::MessageBanner</name>
    <message>
        <location filename="../../ui/messagebanner.cpp" line="23"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../../ui/messagebanner.cpp" line="50"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/messagebanner.cpp" line="51"/>
        <source>Close message</source>
        <translation>Закрыть сообщение</translation>
    </message>
</context>
<context>
    <name>pw::MessageListEditor</name>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="36"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="36"/>
        <source>Assistant</source>
        <translation>Ассистент</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="53"/>
        <source>Role: %1. Click, or press %2, to change it.</source>
        <translation>Роль: %1. Чтобы сменить, щёлкните или нажмите %2.</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="55"/>
        <source>Role %1</source>
        <translation>Роль %1</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="117"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="138"/>
        <source>prefill: the answer starts with this text</source>
        <translation>префилл: ответ начнётся с этого текста</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="140"/>
        <source>Move up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="142"/>
        <source>Move down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="144"/>
        <source>Remove message</source>
        <translation>Удалить сообщение</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="158"/>
        <source>Write the message. {{VARIABLES}} in double braces are filled in with test values.</source>
        <translation>Напишите сообщение. {{VARIABLES}} в двойных фигурных скобках заменяются тестовыми значениями.</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="210"/>
        <source>&amp;Add Message</source>
        <translation>&amp;Добавить сообщение</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="212"/>
        <source>&amp;Remove Message</source>
        <translation>&amp;Удалить сообщение</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="213"/>
        <source>Move Message &amp;Up</source>
        <translation>Переместить сообщение &amp;вверх</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="216"/>
        <source>Move Message &amp;Down</source>
        <translation>Переместить сообщение в&amp;низ</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="220"/>
        <source>Toggle Ro&amp;le</source>
        <translation>Сменить &amp;роль</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="222"/>
        <source>+ Add Message</source>
        <translation>+ Добавить сообщение</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="223"/>
        <source>Add a message after the current one</source>
        <translation>Добавить сообщение после текущего</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="406"/>
        <source>Message %1</source>
        <translation>Сообщение %1</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="413"/>
        <source>Message %1, %2</source>
        <translation>Сообщение %1, %2</translation>
    </message>
</context>
<context>
    <name>pw::ModelCatalog</name>
    <message>
        <location filename="../../core/catalog/modelcatalog.cpp" line="186"/>
        <source>Could not list the models of %1: %2</source>
        <translation>Не удалось получить список моделей %1: %2</translation>
    </message>
</context>
<context>
    <name>pw::ModelGrader</name>
    <message>
        <location filename="../../core/eval/modelgrader.cpp" line="50"/>
        <source>factuality needs a reference answer: the assertion&apos;s value or the case&apos;s ideal output</source>
        <translation>для factuality нужен эталонный ответ: значение проверки или идеальный ответ случая</translation>
    </message>
    <message>
        <location filename="../../core/eval/modelgrader.cpp" line="60"/>
        <source>%1 is not graded by a model</source>
        <translation>%1 не оценивается моделью</translation>
    </message>
    <message>
        <location filename="../../core/eval/modelgrader.cpp" line="77"/>
        <source>the grader&apos;s verdict is not JSON: %1</source>
        <translation>вердикт оценщика не является JSON: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/modelgrader.cpp" line="81"/>
        <source>the grader&apos;s verdict has the wrong shape: %1</source>
        <translation>у вердикта оценщика неверная структура: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/modelgrader.cpp" line="87"/>
        <source>the grader&apos;s score %1 is not between 0 and 1</source>
        <translation>оценка %1 от оценщика не лежит между 0 и 1</translation>
    </message>
    <message>
        <location filename="../../core/eval/modelgrader.cpp" line="100"/>
        <source>(score %1 is below the threshold %2)</source>
        <translation>(оценка %1 ниже порога %2)</translation>
    </message>
    <message>
        <location filename="../../core/eval/modelgrader.cpp" line="134"/>
        <location filename="../../core/eval/modelgrader.cpp" line="135"/>
        <source>grading was canceled</source>
        <translation>оценивание отменено</translation>
    </message>
    <message>
        <location filename="../../core/eval/modelgrader.cpp" line="146"/>
        <source>the grader model failed: %1</source>
        <translation>модель-оценщик завершилась ошибкой: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/modelgrader.cpp" line="151"/>
        <source>the grader model refused to grade</source>
        <translation>модель-оценщик отказалась оценивать</translation>
    </message>
    <message>
        <location filename="../../core/eval/modelgrader.cpp" line="155"/>
        <source>the grader model&apos;s verdict was cut off</source>
        <translation>вердикт модели-оценщика оборвался</translation>
    </message>
    <message>
        <location filename="../../core/eval/modelgrader.cpp" line="207"/>
        <source>%1 needs a grader model, and none is set up</source>
        <translation>для %1 нужна модель-оценщик, но она не настроена</translation>
    </message>
    <message>
        <location filename="../../core/eval/modelgrader.cpp" line="209"/>
        <source>the grader model &quot;%1&quot; cannot be used</source>
        <translation>модель-оценщик «%1» нельзя использовать</translation>
    </message>
</context>
<context>
    <name>pw::ModelInfo</name>
    <message>
        <location filename="../../core/api/modelinfo.cpp" line="18"/>
        <source>%1: must be an object (found %2)</source>
        <translation>%1: должно быть объектом (найден тип %2)</translation>
    </message>
    <message>
        <location filename="../../core/api/modelinfo.cpp" line="23"/>
        <source>%1: must be a non-empty string (found %2)</source>
        <translation>%1: должно быть непустой строкой (найден тип %2)</translation>
    </message>
    <message>
        <location filename="../../core/api/modelinfo.cpp" line="33"/>
        <source>%1: &quot;%2&quot; is not an RFC 3339 date</source>
        <translation>%1: &quot;%2&quot; не является датой в формате RFC 3339</translation>
    </message>
</context>
<context>
    <name>pw::ModelToolRun</name>
    <message>
        <location filename="../../core/tools/modeltoolrun.cpp" line="183"/>
        <source>Waiting for %1…</source>
        <translation>Ожидание %1…</translation>
    </message>
    <message>
        <location filename="../../core/tools/modeltoolrun.cpp" line="193"/>
        <source>%1 is writing…</source>
        <translation>%1 пишет…</translation>
    </message>
    <message>
        <location filename="../../core/tools/modeltoolrun.cpp" line="224"/>
        <source>%1 declined to do this (stop reason: refusal). Rephrase the request or try another model.</source>
        <translation>%1 отказывается это делать (причина остановки: refusal). Переформулируйте запрос или попробуйте другую модель.</translation>
    </message>
    <message>
        <location filename="../../core/tools/modeltoolrun.cpp" line="230"/>
        <source>The answer was cut off at the output budget of %1 tokens. Retry with a larger budget.</source>
        <translation>Ответ обрезан на лимите вывода в %1 токенов. Повторите с бо́льшим лимитом.</translation>
    </message>
    <message>
        <location filename="../../core/tools/modeltoolrun.cpp" line="236"/>
        <source>The answer was cut off: the prompt and the answer outgrew the context window of %1. Shorten the prompt or choose a tool model with a larger context window.</source>
        <translation>Ответ обрезан: промпт и ответ не поместились в контекстное окно %1. Сократите промпт или выберите модель инструментов с бо́льшим контекстным окном.</translation>
    </message>
    <message>
        <location filename="../../core/tools/modeltoolrun.cpp" line="250"/>
        <source>The model&apos;s answer is not usable JSON, even after one repair attempt: %1</source>
        <translation>Ответ модели не является пригодным JSON даже после попытки исправления: %1</translation>
    </message>
    <message>
        <location filename="../../core/tools/modeltoolrun.cpp" line="261"/>
        <source>Repairing the model&apos;s answer…</source>
        <translation>Исправление ответа модели…</translation>
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
        <translation>Оценка по раундам</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizechart.cpp" line="56"/>
        <source>%1 tokens</source>
        <translation>токенов: %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizechart.cpp" line="60"/>
        <source>%1 · ≈ $%2 (estimate)</source>
        <translation>%1 · ≈ $%2 (оценка)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizechart.cpp" line="61"/>
        <source>%1 · ≈ $%2 (estimate; some models have no price)</source>
        <translation>%1 · ≈ $%2 (оценка; у некоторых моделей нет цены)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizechart.cpp" line="69"/>
        <location filename="../../ui/evaluate/optimizechart.cpp" line="170"/>
        <source>Original</source>
        <translation>Исходный</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizechart.cpp" line="69"/>
        <source>Round %1</source>
        <translation>Раунд %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizechart.cpp" line="71"/>
        <source>%1: running</source>
        <translation>%1: выполняется</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/optimizechart.cpp" line="74"/>
        <source>%1: best training score %2, %n candidate(s) evaluated, %3 tokens</source>
        <translation>
            <numerusform>%1: лучшая оценка на обучении %2, оценён %n кандидат, токенов: %3</numerusform>
            <numerusform>%1: лучшая оценка на обучении %2, оценено %n кандидата, токенов: %3</numerusform>
            <numerusform>%1: лучшая оценка на обучении %2, оценено %n кандидатов, токенов: %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizechart.cpp" line="79"/>
        <source>Held-out cases: original %1, winner %2</source>
        <translation>Отложенные случаи: исходный %1, победитель %2</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizechart.cpp" line="124"/>
        <source>Training (best)</source>
        <translation>Обучение (лучший)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizechart.cpp" line="128"/>
        <source>Candidates</source>
        <translation>Кандидаты</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizechart.cpp" line="133"/>
        <source>Held-out</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizechart.cpp" line="138"/>
        <source>Tokens</source>
        <translation>Токены</translation>
    </message>
</context>
<context>
    <name>pw::OptimizeDialog</name>
    <message>
        <location filename="../../ui/evaluate/optimizedialog.cpp" line="45"/>
        <source>Optimize the Prompt</source>
        <translation>Оптимизация промпта</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizedialog.cpp" line="47"/>
        <source>The tool model writes improved candidates from the failing cases, round by round; each is scored on the training cases, and the winner is checked on held-out cases it never saw.</source>
        <translation>Модель инструмента раунд за раундом пишет улучшенных кандидатов по неудачным случаям; каждый оценивается на обучающих случаях, а победитель проверяется на отложенных случаях, которых он не видел.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizedialog.cpp" line="56"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizedialog.cpp" line="60"/>
        <source> thousand tokens</source>
        <translation> тыс. токенов</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizedialog.cpp" line="61"/>
        <source>no limit</source>
        <translation>без ограничения</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizedialog.cpp" line="64"/>
        <source>&amp;Rounds:</source>
        <translation>&amp;Раунды:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizedialog.cpp" line="65"/>
        <source>&amp;Candidates per round:</source>
        <translation>&amp;Кандидатов за раунд:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizedialog.cpp" line="66"/>
        <source>&amp;Held out:</source>
        <translation>&amp;Отложить:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizedialog.cpp" line="67"/>
        <source>&amp;Seed of the split:</source>
        <translation>&amp;Зерно разбиения:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizedialog.cpp" line="68"/>
        <source>Token &amp;budget:</source>
        <translation>&amp;Бюджет токенов:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizedialog.cpp" line="76"/>
        <source>&amp;Optimize</source>
        <translation>Опти&amp;мизировать</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/optimizedialog.cpp" line="128"/>
        <source>%n case(s) in the suite: %1 for training, %2 held out.</source>
        <translation>
            <numerusform>В наборе %n случай: %1 для обучения, %2 отложено.</numerusform>
            <numerusform>В наборе %n случая: %1 для обучения, %2 отложено.</numerusform>
            <numerusform>В наборе %n случаев: %1 для обучения, %2 отложено.</numerusform>
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
        <translation>Подготовка движка…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="44"/>
        <source>Scoring the original on the training cases…</source>
        <translation>Оценка исходного промпта на обучающих случаях…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="46"/>
        <source>Round %1: the tool model writes %n candidate(s)…</source>
        <translation>
            <numerusform>Раунд %1: модель инструмента пишет %n кандидата…</numerusform>
            <numerusform>Раунд %1: модель инструмента пишет %n кандидата…</numerusform>
            <numerusform>Раунд %1: модель инструмента пишет %n кандидатов…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="48"/>
        <source>Round %1: scoring the candidates on the training cases…</source>
        <translation>Раунд %1: оценка кандидатов на обучающих случаях…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="50"/>
        <source>Checking the winner and the original on the held-out cases…</source>
        <translation>Проверка победителя и исходного промпта на отложенных случаях…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="61"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="62"/>
        <source>Show the Winner</source>
        <translation>Показать победителя</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="63"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="68"/>
        <source>Optimization</source>
        <translation>Оптимизация</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="79"/>
        <source>Stop now and keep the best prompt so far (Esc)</source>
        <translation>Остановить сейчас и оставить лучший промпт на данный момент (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="88"/>
        <source>Prompts tried</source>
        <translation>Опробованные промпты</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="90"/>
        <source>Round</source>
        <translation>Раунд</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="90"/>
        <source>Candidate</source>
        <translation>Кандидат</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="90"/>
        <source>Training score</source>
        <translation>Оценка на обучении</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="90"/>
        <source>Passed</source>
        <translation>Пройдено</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="90"/>
        <source>Tokens</source>
        <translation>Токены</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="90"/>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="90"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="148"/>
        <source>Original</source>
        <translation>Исходный</translation>
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
        <translation>%1 из %2</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="217"/>
        <source>%1 tokens</source>
        <translation>токенов: %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="219"/>
        <source>≈ $%1 (estimate)</source>
        <translation>≈ $%1 (оценка)</translation>
    </message>
</context>
<context>
    <name>pw::OptimizeRunner</name>
    <message>
        <location filename="../../ui/evaluate/optimizerunner.cpp" line="44"/>
        <source>The %1 engine cannot write candidates and run them: choose claude or openai in the toolbar.</source>
        <translation>Движок %1 не умеет писать и запускать кандидатов: выберите claude или openai на панели инструментов.</translation>
    </message>
</context>
<context>
    <name>pw::Optimizer</name>
    <message>
        <location filename="../../core/eval/optimizer.cpp" line="111"/>
        <source>With %1 case(s) nothing can be held out: the winner is not checked on cases the search did not see.</source>
        <translation>При числе случаев %1 отложить для проверки нечего: победитель не проверяется на случаях, которых поиск не видел.</translation>
    </message>
    <message>
        <location filename="../../core/eval/optimizer.cpp" line="115"/>
        <source>Only %1 case(s) are held out: one case moves the held-out score by %2 points, so take the comparison as a hint (%3 or more held-out cases mean more).</source>
        <translation>Для проверки отложено только случаев: %1; один случай сдвигает оценку на %2 пунктов, поэтому считайте сравнение подсказкой (надёжнее от %3 отложенных случаев).</translation>
    </message>
    <message>
        <location filename="../../core/eval/optimizer.cpp" line="280"/>
        <source>original</source>
        <translation>исходный</translation>
    </message>
    <message>
        <location filename="../../core/eval/optimizer.cpp" line="418"/>
        <source>The tool model did not write it: %1</source>
        <translation>Модель инструмента его не написала: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/optimizer.cpp" line="425"/>
        <source>It drops %1 of the original.</source>
        <translation>В нём потеряна %1 исходного промпта.</translation>
    </message>
    <message>
        <location filename="../../core/eval/optimizer.cpp" line="427"/>
        <source>It is the same as the best prompt so far.</source>
        <translation>Он совпадает с лучшим промптом на данный момент.</translation>
    </message>
    <message>
        <location filename="../../core/eval/optimizer.cpp" line="462"/>
        <location filename="../../core/eval/optimizer.cpp" line="510"/>
        <source>Not evaluated: the budget was spent.</source>
        <translation>Не оценён: бюджет исчерпан.</translation>
    </message>
    <message>
        <location filename="../../core/eval/optimizer.cpp" line="479"/>
        <source>round %1, candidate %2</source>
        <translation>раунд %1, кандидат %2</translation>
    </message>
    <message>
        <location filename="../../core/eval/optimizer.cpp" line="548"/>
        <source>original, held out</source>
        <translation>исходный, проверка</translation>
    </message>
    <message>
        <location filename="../../core/eval/optimizer.cpp" line="551"/>
        <source>winner, held out</source>
        <translation>победитель, проверка</translation>
    </message>
    <message>
        <location filename="../../core/eval/optimizer.cpp" line="609"/>
        <source>Round %1 brought no better prompt.</source>
        <translation>Раунд %1 не дал лучшего промпта.</translation>
    </message>
    <message>
        <location filename="../../core/eval/optimizer.cpp" line="612"/>
        <source>Every training case passes: the failures the search learns from are gone.</source>
        <translation>Все обучающие случаи пройдены: поиску не на чем учиться.</translation>
    </message>
    <message>
        <location filename="../../core/eval/optimizer.cpp" line="615"/>
        <source>All %1 round(s) are done.</source>
        <translation>Все раунды (%1) завершены.</translation>
    </message>
    <message>
        <location filename="../../core/eval/optimizer.cpp" line="618"/>
        <source>The budget of %1 tokens is spent.</source>
        <translation>Бюджет в %1 токенов исчерпан.</translation>
    </message>
    <message>
        <location filename="../../core/eval/optimizer.cpp" line="621"/>
        <source>The budget of $%1 is spent.</source>
        <translation>Бюджет в $%1 исчерпан.</translation>
    </message>
    <message>
        <location filename="../../core/eval/optimizer.cpp" line="624"/>
        <source>Canceled: the best prompt so far (training score %1) is the winner; it was not checked on the held-out cases.</source>
        <translation>Отменено: победитель — лучший промпт на данный момент (оценка на обучении %1); на отложенных случаях он не проверялся.</translation>
    </message>
</context>
<context>
    <name>pw::PriceTable</name>
    <message>
        <location filename="../../core/eval/prices.cpp" line="56"/>
        <source>expected a JSON object with &quot;prices&quot;</source>
        <translation>ожидался объект JSON с «prices»</translation>
    </message>
    <message>
        <location filename="../../core/eval/prices.cpp" line="65"/>
        <source>must be a number from 0 to 1</source>
        <translation>должно быть числом от 0 до 1</translation>
    </message>
    <message>
        <location filename="../../core/eval/prices.cpp" line="73"/>
        <source>must be an array (found %1)</source>
        <translation>должно быть массивом (найдено: %1)</translation>
    </message>
    <message>
        <location filename="../../core/eval/prices.cpp" line="83"/>
        <source>must be an object with a non-empty &quot;match&quot;</source>
        <translation>должно быть объектом с непустым «match»</translation>
    </message>
    <message>
        <location filename="../../core/eval/prices.cpp" line="94"/>
        <source>must be a number, 0 or more</source>
        <translation>должно быть числом не меньше 0</translation>
    </message>
    <message>
        <location filename="../../core/eval/prices.cpp" line="112"/>
        <source>cannot read the file: %1</source>
        <translation>не удаётся прочитать файл: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/prices.cpp" line="118"/>
        <source>(the bundled prices are used)</source>
        <translation>(используются встроенные цены)</translation>
    </message>
</context>
<context>
    <name>pw::PromptAnalysis</name>
    <message numerus="yes">
        <location filename="../../core/analysis/promptanalysis.cpp" line="37"/>
        <source>%n more finding(s) not shown; promptwerk-cli lint lists them all.</source>
        <translation>
            <numerusform>Ещё %n замечание не показано; promptwerk-cli lint выводит все.</numerusform>
            <numerusform>Ещё %n замечания не показаны; promptwerk-cli lint выводит все.</numerusform>
            <numerusform>Ещё %n замечаний не показано; promptwerk-cli lint выводит все.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pw::PromptChecks</name>
    <message>
        <location filename="../../core/analysis/checks.cpp" line="57"/>
        <source>&lt;%1&gt; looks like a placeholder, but only {{%2}} is filled in; use {{%2}} or close the tag</source>
        <translation>&lt;%1&gt; похож на заполнитель, но подставляются только {{%2}}; используйте {{%2}} или закройте тег</translation>
    </message>
    <message>
        <location filename="../../core/analysis/checks.cpp" line="62"/>
        <source>&lt;%1&gt; is opened here and never closed</source>
        <translation>&lt;%1&gt; открыт здесь и нигде не закрыт</translation>
    </message>
    <message>
        <location filename="../../core/analysis/checks.cpp" line="70"/>
        <source>&lt;/%1&gt; closes a tag that was never opened</source>
        <translation>&lt;/%1&gt; закрывает тег, который не был открыт</translation>
    </message>
    <message>
        <location filename="../../core/analysis/checks.cpp" line="108"/>
        <source>%1 is not a variable: only {{%2}} (no spaces, double braces) is filled in</source>
        <translation>%1 не является переменной: подставляется только {{%2}} (без пробелов, в двойных фигурных скобках)</translation>
    </message>
    <message>
        <location filename="../../core/analysis/checks.cpp" line="151"/>
        <source>the prefill (final assistant message) ends in whitespace, which the API rejects; remove it</source>
        <translation>префилл (последнее сообщение ассистента) заканчивается пробельными символами, которые API отклоняет; удалите их</translation>
    </message>
    <message>
        <location filename="../../core/analysis/checks.cpp" line="157"/>
        <source>%1 does not accept a prefill (a final assistant message): Claude 4.6 and later answer it with a 400; move it into the user message as an instruction, or remove it</source>
        <translation>%1 не принимает префилл (последнее сообщение ассистента): Claude 4.6 и новее отвечают на него ошибкой 400; перенесите его в сообщение пользователя как инструкцию или удалите</translation>
    </message>
    <message>
        <location filename="../../core/analysis/checks.cpp" line="173"/>
        <source>{{%1}} has no test value</source>
        <translation>у {{%1}} нет тестового значения</translation>
    </message>
    <message>
        <location filename="../../core/analysis/checks.cpp" line="179"/>
        <source>the test value %1 is not used: the prompt has no {{%1}}</source>
        <translation>тестовое значение %1 не используется: в промпте нет {{%1}}</translation>
    </message>
    <message>
        <location filename="../../core/analysis/checks.cpp" line="192"/>
        <source>the prompt has no text: neither a system prompt nor a message with text</source>
        <translation>в промпте нет текста: ни системного промпта, ни сообщения с текстом</translation>
    </message>
    <message>
        <location filename="../../core/analysis/checks.cpp" line="205"/>
        <source>the %1 message is empty</source>
        <translation>сообщение %1 пустое</translation>
    </message>
    <message>
        <location filename="../../core/analysis/checks.cpp" line="206"/>
        <source>the %1 message is only whitespace</source>
        <translation>сообщение %1 состоит только из пробельных символов</translation>
    </message>
    <message>
        <location filename="../../core/analysis/checks.cpp" line="216"/>
        <source>this text block is empty or only whitespace, which the API rejects</source>
        <translation>этот текстовый блок пуст или состоит только из пробельных символов, а API такие отклоняет</translation>
    </message>
</context>
<context>
    <name>pw::PromptDiff</name>
    <message>
        <location filename="../../ui/prompttext.cpp" line="16"/>
        <location filename="../../core/diff/promptdiff.cpp" line="147"/>
        <source>user</source>
        <translation>пользователь</translation>
    </message>
    <message>
        <location filename="../../ui/prompttext.cpp" line="17"/>
        <location filename="../../core/diff/promptdiff.cpp" line="148"/>
        <source>assistant</source>
        <translation>ассистент</translation>
    </message>
    <message>
        <location filename="../../ui/prompttext.cpp" line="19"/>
        <location filename="../../core/diff/promptdiff.cpp" line="149"/>
        <source>Message %1 · %2</source>
        <translation>Сообщение %1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/prompttext.cpp" line="13"/>
        <location filename="../../core/diff/promptdiff.cpp" line="203"/>
        <location filename="../../core/diff/promptdiff.cpp" line="210"/>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <location filename="../../core/diff/promptdiff.cpp" line="216"/>
        <source>1 change</source>
        <translation>изменений: 1</translation>
    </message>
    <message>
        <location filename="../../core/diff/promptdiff.cpp" line="217"/>
        <source>%1 changes</source>
        <translation>изменений: %1</translation>
    </message>
    <message>
        <location filename="../../core/diff/promptdiff.cpp" line="218"/>
        <source> · words +%1 −%2</source>
        <translation> · слова +%1 −%2</translation>
    </message>
    <message>
        <location filename="../../core/diff/promptdiff.cpp" line="219"/>
        <source> · variables +%1 −%2</source>
        <translation> · переменные +%1 −%2</translation>
    </message>
    <message>
        <location filename="../../core/diff/promptdiff.cpp" line="223"/>
        <source>, %1 renamed</source>
        <translation>, переименовано: %1</translation>
    </message>
    <message>
        <location filename="../../core/diff/promptdiff.cpp" line="225"/>
        <source> · messages +%1 −%2, %3 moved</source>
        <translation> · сообщения +%1 −%2, перемещено: %3</translation>
    </message>
    <message>
        <location filename="../../core/diff/promptdiff.cpp" line="230"/>
        <source> · tokens ≈%1%2</source>
        <translation> · токены ≈%1%2</translation>
    </message>
</context>
<context>
    <name>pw::PromptJson</name>
    <message>
        <location filename="../../core/prompt/promptjson.cpp" line="260"/>
        <source>%1:%2:%3: invalid JSON: %4</source>
        <translation>%1:%2:%3: недопустимый JSON: %4</translation>
    </message>
    <message>
        <location filename="../../core/prompt/promptjson.cpp" line="286"/>
        <source>%1:%2:%3: the file is not valid UTF-8 text (byte %4)</source>
        <translation>%1:%2:%3: файл не является корректным текстом UTF-8 (байт %4)</translation>
    </message>
    <message>
        <location filename="../../core/prompt/promptjson.cpp" line="316"/>
        <source>%1: a JSON prompt must be an object with &quot;messages&quot; (and optionally &quot;system&quot;)</source>
        <translation>%1: JSON-промпт должен быть объектом с &quot;messages&quot; (и, при необходимости, &quot;system&quot;)</translation>
    </message>
</context>
<context>
    <name>pw::PromptRun</name>
    <message>
        <location filename="../../core/eval/promptrun.cpp" line="24"/>
        <source>(no engine)</source>
        <translation>(без движка)</translation>
    </message>
    <message>
        <location filename="../../core/eval/promptrun.cpp" line="77"/>
        <source>the %1 engine cannot run prompts; engines that can: %2</source>
        <translation>движок %1 не умеет запускать промпты; это умеют движки: %2</translation>
    </message>
    <message>
        <location filename="../../core/eval/promptrun.cpp" line="84"/>
        <source>no target model: choose the model to run the prompt on</source>
        <translation>не задана целевая модель: выберите модель, на которой запускать промпт</translation>
    </message>
    <message>
        <location filename="../../core/eval/promptrun.cpp" line="86"/>
        <source>the prompt has no message to send</source>
        <translation>в промпте нет сообщения для отправки</translation>
    </message>
    <message>
        <location filename="../../core/eval/promptrun.cpp" line="89"/>
        <source>max_tokens must be at least 1 (found %1)</source>
        <translation>max_tokens должно быть не меньше 1 (найдено: %1)</translation>
    </message>
    <message>
        <location filename="../../core/eval/promptrun.cpp" line="94"/>
        <source>temperature must be from 0 to %1 (found %2)</source>
        <translation>temperature должно быть от 0 до %1 (найдено: %2)</translation>
    </message>
    <message>
        <location filename="../../core/eval/promptrun.cpp" line="100"/>
        <source>top_p must be from 0 to 1 (found %1)</source>
        <translation>top_p должно быть от 0 до 1 (найдено: %1)</translation>
    </message>
    <message>
        <location filename="../../core/eval/promptrun.cpp" line="104"/>
        <source>a stop sequence must contain something other than white space</source>
        <translation>стоп-последовательность должна содержать что-то кроме пробелов</translation>
    </message>
    <message>
        <location filename="../../core/eval/promptrun.cpp" line="112"/>
        <source>a thinking budget is a Messages API setting: the openai engine cannot send one</source>
        <translation>бюджет размышлений — настройка Messages API: движок openai не может его отправить</translation>
    </message>
    <message>
        <location filename="../../core/eval/promptrun.cpp" line="119"/>
        <source>%1 rejects a prefill (a last message from the assistant): Claude 4.6 and later models do; remove the last assistant message or ask for the start of the answer in the user message</source>
        <translation>%1 отклоняет префилл (последнее сообщение ассистента): так делают модели Claude 4.6 и новее; удалите последнее сообщение ассистента или попросите начать ответ нужным текстом в сообщении пользователя</translation>
    </message>
    <message>
        <location filename="../../core/eval/promptrun.cpp" line="126"/>
        <source>%1 rejects temperature and top_p: Claude 4.7 and later models do; leave them unset</source>
        <translation>%1 отклоняет temperature и top_p: так делают модели Claude 4.7 и новее; не задавайте их</translation>
    </message>
    <message>
        <location filename="../../core/eval/promptrun.cpp" line="133"/>
        <source>the thinking budget must be at least %1 tokens (found %2)</source>
        <translation>бюджет размышлений должен быть не меньше %1 токенов (найдено: %2)</translation>
    </message>
    <message>
        <location filename="../../core/eval/promptrun.cpp" line="138"/>
        <source>the thinking budget (%1) must be below max_tokens (%2): thinking counts towards max_tokens</source>
        <translation>бюджет размышлений (%1) должен быть меньше max_tokens (%2): размышления входят в max_tokens</translation>
    </message>
    <message>
        <location filename="../../core/eval/promptrun.cpp" line="144"/>
        <source>extended thinking cannot be combined with a prefill (a last message from the assistant)</source>
        <translation>расширенные размышления нельзя сочетать с префиллом (последним сообщением ассистента)</translation>
    </message>
    <message>
        <location filename="../../core/eval/promptrun.cpp" line="148"/>
        <source>extended thinking takes no temperature other than 1 and no top_p below 0.95</source>
        <translation>при расширенных размышлениях temperature может быть только 1, а top_p — не меньше 0.95</translation>
    </message>
    <message>
        <location filename="../../core/eval/promptrun.cpp" line="251"/>
        <source>canceled</source>
        <translation>отменено</translation>
    </message>
</context>
<context>
    <name>pw::PromptRunPanel</name>
    <message>
        <location filename="../../ui/promptrunpanel.cpp" line="22"/>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <location filename="../../ui/promptrunpanel.cpp" line="23"/>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <location filename="../../ui/promptrunpanel.cpp" line="34"/>
        <source>%1 in · %2 out</source>
        <translation>%1 на входе · %2 на выходе</translation>
    </message>
    <message>
        <location filename="../../ui/promptrunpanel.cpp" line="37"/>
        <source>first token %1</source>
        <translation>первый токен %1</translation>
    </message>
    <message>
        <location filename="../../ui/promptrunpanel.cpp" line="39"/>
        <source>total %1</source>
        <translation>всего %1</translation>
    </message>
    <message>
        <location filename="../../ui/promptrunpanel.cpp" line="43"/>
        <source>≈ $%1 (estimate)</source>
        <translation>≈ $%1 (оценка)</translation>
    </message>
    <message>
        <location filename="../../ui/promptrunpanel.cpp" line="45"/>
        <source>cost unknown (no price for this model)</source>
        <translation>стоимость неизвестна (нет цены для этой модели)</translation>
    </message>
    <message>
        <location filename="../../ui/promptrunpanel.cpp" line="51"/>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../ui/promptrunpanel.cpp" line="52"/>
        <source>&amp;Run</source>
        <translation>&amp;Запустить</translation>
    </message>
    <message>
        <location filename="../../ui/promptrunpanel.cpp" line="52"/>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <location filename="../../ui/promptrunpanel.cpp" line="62"/>
        <source>Stop the run (Esc)</source>
        <translation>Остановить запуск (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/promptrunpanel.cpp" line="79"/>
        <source>The answer of the prompt, filled with the variables&apos; test values, appears here.</source>
        <translation>Здесь появляется ответ на промпт с тестовыми значениями переменных.</translation>
    </message>
    <message>
        <location filename="../../ui/promptrunpanel.cpp" line="80"/>
        <source>Answer of the prompt</source>
        <translation>Ответ на промпт</translation>
    </message>
    <message>
        <location filename="../../ui/promptrunpanel.cpp" line="86"/>
        <source>Stop reason, input and output tokens, time to first token, total time and the cost estimated from list prices</source>
        <translation>Причина остановки, входные и выходные токены, время до первого токена, общее время и стоимость, оценённая по прейскуранту</translation>
    </message>
    <message>
        <location filename="../../ui/promptrunpanel.cpp" line="97"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/promptrunpanel.cpp" line="103"/>
        <source>Answer of %1</source>
        <translation>Ответ %1</translation>
    </message>
    <message>
        <location filename="../../ui/promptrunpanel.cpp" line="163"/>
        <source>Running… %1</source>
        <translation>Выполняется… %1</translation>
    </message>
</context>
<context>
    <name>pw::PromptRunner</name>
    <message>
        <location filename="../../ui/promptrunner.cpp" line="28"/>
        <source>Looking up the %1 engine&apos;s settings…</source>
        <translation>Читаются настройки движка %1…</translation>
    </message>
    <message>
        <location filename="../../ui/promptrunner.cpp" line="61"/>
        <source>Waiting for %1…</source>
        <translation>Ожидание %1…</translation>
    </message>
</context>
<context>
    <name>pw::PromptToolsRun</name>
    <message>
        <location filename="../../core/tools/engine.cpp" line="78"/>
        <source>Waiting for the prompt-tools server…</source>
        <translation>Ожидание сервера prompt-tools…</translation>
    </message>
</context>
<context>
    <name>pw::PromptValidation</name>
    <message>
        <location filename="../../core/prompt/validation.cpp" line="21"/>
        <source>at least one message is required</source>
        <translation>нужно хотя бы одно сообщение</translation>
    </message>
    <message>
        <location filename="../../core/prompt/validation.cpp" line="29"/>
        <source>must hold at least one text block</source>
        <translation>должно содержать хотя бы один текстовый блок</translation>
    </message>
    <message>
        <location filename="../../core/prompt/validation.cpp" line="35"/>
        <source>only text blocks are allowed (found &quot;%1&quot;)</source>
        <translation>допускаются только текстовые блоки (найдено &quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/prompt/validation.cpp" line="40"/>
        <source>cache_control is not allowed</source>
        <translation>cache_control не допускается</translation>
    </message>
    <message>
        <location filename="../../core/prompt/validation.cpp" line="49"/>
        <source>the first message must be from the user (found &quot;assistant&quot;)</source>
        <translation>первое сообщение должно быть от пользователя (найдено &quot;assistant&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/prompt/validation.cpp" line="53"/>
        <source>an assistant message is only allowed last, as a prefill</source>
        <translation>сообщение ассистента допускается только последним, как префилл</translation>
    </message>
</context>
<context>
    <name>pw::PromptWorkspace</name>
    <message>
        <location filename="../../ui/promptworkspace.cpp" line="67"/>
        <source>Typing Feedback</source>
        <translation>Ввод пожеланий</translation>
    </message>
    <message>
        <location filename="../../ui/promptworkspace.cpp" line="93"/>
        <source>Typing</source>
        <translation>Ввод</translation>
    </message>
    <message>
        <location filename="../../ui/promptworkspace.cpp" line="139"/>
        <source>Add Message</source>
        <translation>Добавление сообщения</translation>
    </message>
    <message>
        <location filename="../../ui/promptworkspace.cpp" line="148"/>
        <source>Remove Message</source>
        <translation>Удаление сообщения</translation>
    </message>
    <message>
        <location filename="../../ui/promptworkspace.cpp" line="156"/>
        <source>Move Message</source>
        <translation>Перемещение сообщения</translation>
    </message>
    <message>
        <location filename="../../ui/promptworkspace.cpp" line="165"/>
        <source>Change Role</source>
        <translation>Смена роли</translation>
    </message>
    <message>
        <location filename="../../ui/promptworkspace.cpp" line="176"/>
        <source>Edit Value of %1</source>
        <translation>Изменение значения %1</translation>
    </message>
    <message>
        <location filename="../../ui/promptworkspace.cpp" line="206"/>
        <source>Change Target Model</source>
        <translation>Изменение целевой модели</translation>
    </message>
</context>
<context>
    <name>pw::ResultsModel</name>
    <message>
        <location filename="../../ui/evaluate/resultsmodel.cpp" line="168"/>
        <source>not run</source>
        <translation>не запускался</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultsmodel.cpp" line="170"/>
        <source>error: %1</source>
        <translation>ошибка: %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultsmodel.cpp" line="172"/>
        <source>canceled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultsmodel.cpp" line="175"/>
        <source>waiting</source>
        <translation>ожидание</translation>
    </message>
</context>
<context>
    <name>pw::ResultsPanel</name>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="62"/>
        <source>not run</source>
        <translation>не запускался</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="65"/>
        <source>passed, score %1</source>
        <translation>пройдено, оценка %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="66"/>
        <source>failed, score %1</source>
        <translation>не пройдено, оценка %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="68"/>
        <source>error: %1</source>
        <translation>ошибка: %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="70"/>
        <source>canceled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="74"/>
        <source>waiting</source>
        <translation>ожидание</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="86"/>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="99"/>
        <source>P: passes, F: fails, 1–5: rating, 0: clear your grade</source>
        <translation>P: пройдено, F: не пройдено, 1–5: рейтинг, 0: сбросить вашу оценку</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="102"/>
        <source>All cases</source>
        <translation>Все случаи</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="103"/>
        <source>Failures</source>
        <translation>Неудачи</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="104"/>
        <source>Versions disagree</source>
        <translation>Версии расходятся</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="112"/>
        <source>Result detail</source>
        <translation>Подробности результата</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="114"/>
        <source>Your comment on this output</source>
        <translation>Ваш комментарий к этому ответу</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="121"/>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="137"/>
        <source>Comment:</source>
        <translation>Комментарий:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="277"/>
        <source>&lt;p&gt;Choose a result to see the whole output.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Выберите результат, чтобы увидеть ответ целиком.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="288"/>
        <source>%1 in, %2 out</source>
        <translation>%1 на входе, %2 на выходе</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="290"/>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="292"/>
        <source>≈ $%1 (estimate)</source>
        <translation>≈ $%1 (оценка)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="316"/>
        <source>From %1 to %2</source>
        <translation>От %1 к %2</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="338"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: not run yet</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: ещё не запускалась</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="348"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 of %3 passed (%4 %), mean score %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: пройдено %2 из %3 (%4 %), средняя оценка %5</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/resultspanel.cpp" line="355"/>
        <source>, %n error(s)</source>
        <translation>
            <numerusform>, %n ошибка</numerusform>
            <numerusform>, %n ошибки</numerusform>
            <numerusform>, %n ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/resultspanel.cpp" line="357"/>
        <source>, %n not run</source>
        <translation>
            <numerusform>, %n не запускался</numerusform>
            <numerusform>, %n не запускались</numerusform>
            <numerusform>, %n не запускались</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="358"/>
        <source> · %1 tokens</source>
        <translation> · %1 токенов</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="360"/>
        <source> · ≈ $%1 (estimate)</source>
        <translation> · ≈ $%1 (оценка)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="362"/>
        <source> · p50 %1 ms, p95 %2 ms</source>
        <translation> · p50 %1 мс, p95 %2 мс</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="377"/>
        <source> · your grades: %1 pass, %2 fail</source>
        <translation> · ваши оценки: %1 пройдено, %2 не пройдено</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/resultspanel.cpp" line="379"/>
        <source>, mean rating %1 (%n rated)</source>
        <translation>
            <numerusform>, средний рейтинг %1 (оценён %n)</numerusform>
            <numerusform>, средний рейтинг %1 (оценено %n)</numerusform>
            <numerusform>, средний рейтинг %1 (оценено %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pw::RunPanel</name>
    <message>
        <location filename="../../ui/runpanel.cpp" line="24"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/runpanel.cpp" line="32"/>
        <source>Time since the run started</source>
        <translation>Время с начала запуска</translation>
    </message>
    <message>
        <location filename="../../ui/runpanel.cpp" line="33"/>
        <source>Tokens used so far (≈: estimated from the text received)</source>
        <translation>Использовано токенов (≈: оценка по полученному тексту)</translation>
    </message>
    <message>
        <location filename="../../ui/runpanel.cpp" line="52"/>
        <source>The prompt appears here as the model writes it.</source>
        <translation>Промпт появляется здесь по мере того, как модель его пишет.</translation>
    </message>
    <message>
        <location filename="../../ui/runpanel.cpp" line="53"/>
        <source>Streamed answer</source>
        <translation>Потоковый ответ</translation>
    </message>
    <message>
        <location filename="../../ui/runpanel.cpp" line="78"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/runpanel.cpp" line="192"/>
        <source>%1 in · %2%3 out</source>
        <translation>%1 вх. · %2%3 вых.</translation>
    </message>
</context>
<context>
    <name>pw::RunQueue</name>
    <message>
        <location filename="../../core/eval/runqueue.cpp" line="203"/>
        <source>The organisation&apos;s spend limit is reached (enforced_spend_limit_reached), so the run stopped; the finished cells are kept. Raise the limit in the console, then resume the run.</source>
        <translation>Достигнут лимит расходов организации (enforced_spend_limit_reached), поэтому запуск остановлен; завершённые ячейки сохранены. Повысьте лимит в консоли и возобновите запуск.</translation>
    </message>
    <message>
        <location filename="../../core/eval/runqueue.cpp" line="207"/>
        <source>The run stopped: %1</source>
        <translation>Запуск остановлен: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/runqueue.cpp" line="247"/>
        <source>case %1 is not among the test cases</source>
        <translation>случая %1 нет среди тестовых случаев</translation>
    </message>
    <message>
        <location filename="../../core/eval/promptrun.cpp" line="50"/>
        <source>case %1 has no value for %2</source>
        <translation>в случае %1 нет значения для %2</translation>
    </message>
</context>
<context>
    <name>pw::RunSettingsPanel</name>
    <message>
        <location filename="../../ui/runsettingspanel.cpp" line="128"/>
        <source>Temperat&amp;ure:</source>
        <translation>Темпер&amp;атура:</translation>
    </message>
    <message>
        <location filename="../../ui/runsettingspanel.cpp" line="129"/>
        <source>Top &amp;p:</source>
        <translation>Top &amp;p:</translation>
    </message>
    <message>
        <location filename="../../ui/runsettingspanel.cpp" line="165"/>
        <source>Where the prompt runs: the target model is sent this engine&apos;s way</source>
        <translation>Где выполняется промпт: целевой модели запрос уходит через этот движок</translation>
    </message>
    <message>
        <location filename="../../ui/runsettingspanel.cpp" line="166"/>
        <source>Run &amp;with:</source>
        <translation>Запуск &amp;через:</translation>
    </message>
    <message>
        <location filename="../../ui/runsettingspanel.cpp" line="171"/>
        <source>The most tokens the answer may have (thinking included)</source>
        <translation>Наибольшее число токенов ответа (включая размышления)</translation>
    </message>
    <message>
        <location filename="../../ui/runsettingspanel.cpp" line="172"/>
        <source>Ma&amp;x tokens:</source>
        <translation>Ма&amp;кс. токенов:</translation>
    </message>
    <message>
        <location filename="../../ui/runsettingspanel.cpp" line="180"/>
        <source>Unticked: not sent, the model&apos;s default applies</source>
        <translation>Без отметки: не отправляется, действует значение модели по умолчанию</translation>
    </message>
    <message>
        <location filename="../../ui/runsettingspanel.cpp" line="193"/>
        <source>none; separate with commas</source>
        <translation>нет; разделяйте запятыми</translation>
    </message>
    <message>
        <location filename="../../ui/runsettingspanel.cpp" line="194"/>
        <source>Text that ends the answer when the model writes it. Separate several with commas; \n is a line break, \, a comma, \\ a backslash.</source>
        <translation>Текст, на котором ответ заканчивается, когда модель его пишет. Несколько разделяйте запятыми; \n — перевод строки, \, — запятая, \\ — обратная косая черта.</translation>
    </message>
    <message>
        <location filename="../../ui/runsettingspanel.cpp" line="196"/>
        <source>Stop se&amp;quences:</source>
        <translation>Стоп-пос&amp;ледовательности:</translation>
    </message>
    <message>
        <location filename="../../ui/runsettingspanel.cpp" line="202"/>
        <source>off</source>
        <translation>выкл.</translation>
    </message>
    <message>
        <location filename="../../ui/runsettingspanel.cpp" line="203"/>
        <source>Tokens the model may spend thinking before it answers (extended thinking); 0: off</source>
        <translation>Токены, которые модель может потратить на размышления перед ответом (extended thinking); 0 — выкл.</translation>
    </message>
    <message>
        <location filename="../../ui/runsettingspanel.cpp" line="204"/>
        <source>Thin&amp;king budget:</source>
        <translation>&amp;Бюджет размышлений:</translation>
    </message>
</context>
<context>
    <name>pw::ScoreChart</name>
    <message>
        <location filename="../../ui/evaluate/scorechart.cpp" line="19"/>
        <source>Score per version</source>
        <translation>Оценка по версиям</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/scorechart.cpp" line="27"/>
        <source>%1: %2 % passed, mean score %3</source>
        <translation>%1: пройдено %2 %, средняя оценка %3</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/scorechart.cpp" line="31"/>
        <source>%1: not run yet</source>
        <translation>%1: ещё не запускалась</translation>
    </message>
</context>
<context>
    <name>pw::SettingsDialog</name>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="70"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="73"/>
        <source>Engines</source>
        <translation>Движки</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="136"/>
        <source>%1 is set in the environment (%2) and is used instead of this URL.</source>
        <translation>Переменная %1 задана в окружении (%2) и используется вместо этого URL.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="141"/>
        <source>&amp;Base URL:</source>
        <translation>&amp;Базовый URL:</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="145"/>
        <source>Reading the keychain…</source>
        <translation>Чтение связки ключей…</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="147"/>
        <source>API key for %1</source>
        <translation>Ключ API для %1</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="154"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="154"/>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="155"/>
        <source>Show the key as text</source>
        <translation>Показать ключ текстом</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="155"/>
        <source>Hide the key</source>
        <translation>Скрыть ключ</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="167"/>
        <source>API &amp;key:</source>
        <translation>&amp;Ключ API:</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="170"/>
        <source>%1 (default)</source>
        <translation>%1 (по умолчанию)</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="172"/>
        <source>The model that runs Generate, Improve and Templatize; the target model is chosen in the window.</source>
        <translation>Модель для создания, улучшения и шаблонов; целевая модель выбирается в окне.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="174"/>
        <source>chosen by the server</source>
        <translation>выбирается сервером</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="177"/>
        <source>&amp;Tool model:</source>
        <translation>&amp;Модель инструментов:</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="181"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="183"/>
        <source>How long the server may stay silent before the request fails</source>
        <translation>Сколько сервер может молчать, прежде чем запрос завершится ошибкой</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="184"/>
        <source>T&amp;imeout:</source>
        <translation>&amp;Тайм-аут:</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="193"/>
        <source>%1 is set in the environment: that key is used, not the one entered here.</source>
        <translation>Переменная %1 задана в окружении: используется этот ключ, а не введённый здесь.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="195"/>
        <source>The claude and prompt-tools engines share this Anthropic key.</source>
        <translation>Движки claude и prompt-tools используют общий ключ Anthropic.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="197"/>
        <source>Local servers such as Ollama need no key.</source>
        <translation>Локальным серверам, например Ollama, ключ не нужен.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="201"/>
        <source>The system keychain did not store this key: it is kept for this session only.</source>
        <translation>Системная связка ключей не сохранила этот ключ: он хранится только в этом сеансе.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="203"/>
        <source>Keys are stored in the system keychain, never in the settings file.</source>
        <translation>Ключи хранятся в системной связке ключей и никогда не записываются в файл настроек.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="224"/>
        <source>Not set</source>
        <translation>Не задан</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="226"/>
        <source>The keychain could not be read: %1</source>
        <translation>Не удалось прочитать связку ключей: %1</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="314"/>
        <source>Base URL of %1: %2</source>
        <translation>Базовый URL %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="333"/>
        <source>The settings could not be written to %1.</source>
        <translation>Не удалось записать настройки в %1.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="375"/>
        <source>The system keychain did not store the API key (its prompt was canceled or it refused). The key is kept for this session only: Promptwerk forgets it when it quits. Save again to retry, or Close to go on with it.</source>
        <translation>Системная связка ключей не сохранила ключ API (запрос был отменён или отклонён). Ключ хранится только в этом сеансе: Promptwerk забудет его при выходе. Сохраните ещё раз, чтобы повторить, или закройте, чтобы продолжить с ним.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="378"/>
        <source>Close</source>
        <translation>Закрыть</translation>
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
        <translation>Окно</translation>
    </message>
    <message>
        <location filename="../../ui/helpwindows.cpp" line="90"/>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../ui/helpwindows.cpp" line="92"/>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../../ui/helpwindows.cpp" line="92"/>
        <source>Shortcut</source>
        <translation>Сочетание</translation>
    </message>
    <message>
        <location filename="../../ui/helpwindows.cpp" line="92"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location filename="../../ui/helpwindows.cpp" line="110"/>
        <source>Search commands, keys and menus</source>
        <translation>Искать команды, клавиши и меню</translation>
    </message>
    <message>
        <location filename="../../ui/helpwindows.cpp" line="111"/>
        <source>Search shortcuts</source>
        <translation>Поиск сочетаний</translation>
    </message>
</context>
<context>
    <name>pw::TemplateVerifier</name>
    <message>
        <location filename="../../core/analysis/templateverifier.cpp" line="58"/>
        <source>the original has no system prompt but the template has one</source>
        <translation>в исходном промпте нет системного промпта, а в шаблоне он есть</translation>
    </message>
    <message>
        <location filename="../../core/analysis/templateverifier.cpp" line="60"/>
        <source>the original has a system prompt but the template has none</source>
        <translation>в исходном промпте есть системный промпт, а в шаблоне его нет</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/analysis/templateverifier.cpp" line="66"/>
        <source>the template has %n messages, the original %1</source>
        <translation>
            <numerusform>в шаблоне %n сообщение, в исходном промпте %1</numerusform>
            <numerusform>в шаблоне %n сообщения, в исходном промпте %1</numerusform>
            <numerusform>в шаблоне %n сообщений, в исходном промпте %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/analysis/templateverifier.cpp" line="77"/>
        <source>the template has &quot;%1&quot; where the original has &quot;%2&quot;</source>
        <translation>в шаблоне &quot;%1&quot; там, где в исходном промпте &quot;%2&quot;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/analysis/templateverifier.cpp" line="83"/>
        <source>the template has %n content blocks, the original %1</source>
        <translation>
            <numerusform>в шаблоне %n блок содержимого, в исходном промпте %1</numerusform>
            <numerusform>в шаблоне %n блока содержимого, в исходном промпте %1</numerusform>
            <numerusform>в шаблоне %n блоков содержимого, в исходном промпте %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/analysis/templateverifier.cpp" line="92"/>
        <source>the template has a &quot;%1&quot; block where the original has &quot;%2&quot;</source>
        <translation>в шаблоне блок &quot;%1&quot; там, где в исходном промпте &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../../core/analysis/templateverifier.cpp" line="502"/>
        <source>the template does not match the original</source>
        <translation>шаблон не соответствует исходному промпту</translation>
    </message>
    <message>
        <location filename="../../core/analysis/templateverifier.cpp" line="510"/>
        <source>the template ends where the original continues with %1</source>
        <translation>шаблон заканчивается там, где исходный промпт продолжается: %1</translation>
    </message>
    <message>
        <location filename="../../core/analysis/templateverifier.cpp" line="515"/>
        <source>the template says %1 where the original ends</source>
        <translation>в шаблоне %1 там, где исходный промпт заканчивается</translation>
    </message>
    <message>
        <location filename="../../core/analysis/templateverifier.cpp" line="517"/>
        <source>the template says %1 where the original says %2</source>
        <translation>в шаблоне %1 там, где в исходном промпте %2</translation>
    </message>
    <message>
        <location filename="../../core/analysis/templateverifier.cpp" line="522"/>
        <source>{{%1}} stands for %2 elsewhere, but the original says %3 here</source>
        <translation>{{%1}} в другом месте означает %2, но здесь в исходном промпте %3</translation>
    </message>
    <message>
        <location filename="../../core/analysis/templateverifier.cpp" line="524"/>
        <source>nothing more</source>
        <translation>ничего</translation>
    </message>
    <message>
        <location filename="../../core/analysis/templateverifier.cpp" line="528"/>
        <source> (gave up: too many ways to split adjacent variables)</source>
        <translation> (прервано: слишком много способов разделить соседние переменные)</translation>
    </message>
    <message>
        <location filename="../../core/analysis/templateverifier.cpp" line="560"/>
        <source>renamed {{%1}} to {{%2}}: variable names are UPPER_SNAKE</source>
        <translation>{{%1}} переименована в {{%2}}: имена переменных пишутся в UPPER_SNAKE</translation>
    </message>
    <message>
        <location filename="../../core/analysis/templateverifier.cpp" line="576"/>
        <source>variable_values has %1, which the template does not use; removed</source>
        <translation>в variable_values есть %1, которая не используется в шаблоне; удалена</translation>
    </message>
    <message>
        <location filename="../../core/analysis/templateverifier.cpp" line="612"/>
        <source>variable_values recomputed: %1 was missing, the text says %2</source>
        <translation>variable_values пересчитаны: %1 отсутствовала, в тексте %2</translation>
    </message>
    <message>
        <location filename="../../core/analysis/templateverifier.cpp" line="618"/>
        <source>variable_values recomputed: %1 was %2, the text says %3</source>
        <translation>variable_values пересчитаны: %1 была %2, в тексте %3</translation>
    </message>
    <message>
        <location filename="../../core/analysis/templateverifier.cpp" line="626"/>
        <source>internal error: the recomputed values do not fill back</source>
        <translation>внутренняя ошибка: пересчитанные значения не дают исходный текст при подстановке</translation>
    </message>
</context>
<context>
    <name>pw::TestCaseJson</name>
    <message>
        <location filename="../../core/model/testcasejson.cpp" line="44"/>
        <location filename="../../core/model/testcasejson.cpp" line="130"/>
        <source>must be a string (found %1)</source>
        <translation>должно быть строкой (найдено: %1)</translation>
    </message>
    <message>
        <location filename="../../core/model/testcasejson.cpp" line="53"/>
        <source>must be a number (found %1)</source>
        <translation>должно быть числом (найдено: %1)</translation>
    </message>
    <message>
        <location filename="../../core/model/testcasejson.cpp" line="63"/>
        <location filename="../../core/model/testcasejson.cpp" line="118"/>
        <location filename="../../core/model/testcasejson.cpp" line="224"/>
        <source>must be an object (found %1)</source>
        <translation>должно быть объектом (найдено: %1)</translation>
    </message>
    <message>
        <location filename="../../core/model/testcasejson.cpp" line="77"/>
        <source>must be a text, a number or a boolean (found %1; lists of values are not supported)</source>
        <translation>должно быть текстом, числом или логическим значением (найдено: %1; списки значений не поддерживаются)</translation>
    </message>
    <message>
        <location filename="../../core/model/testcasejson.cpp" line="127"/>
        <source>must not be empty</source>
        <translation>не должно быть пустым</translation>
    </message>
    <message>
        <location filename="../../core/model/testcasejson.cpp" line="129"/>
        <source>is required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <location filename="../../core/model/testcasejson.cpp" line="239"/>
        <source>must be an array (found %1)</source>
        <translation>должно быть массивом (найдено: %1)</translation>
    </message>
</context>
<context>
    <name>pw::TestCaseModel</name>
    <message>
        <location filename="../../ui/evaluate/testcasemodel.cpp" line="100"/>
        <source>Add Test Case</source>
        <translation>Добавление тестового случая</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/testcasemodel.cpp" line="111"/>
        <source>Duplicate Test Cases</source>
        <translation>
            <numerusform>Дублирование тестовых случаев</numerusform>
            <numerusform>Дублирование тестовых случаев</numerusform>
            <numerusform>Дублирование тестовых случаев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/testcasemodel.cpp" line="123"/>
        <source>Delete Test Cases</source>
        <translation>
            <numerusform>Удаление тестовых случаев</numerusform>
            <numerusform>Удаление тестовых случаев</numerusform>
            <numerusform>Удаление тестовых случаев</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/testcasemodel.cpp" line="135"/>
        <source>Move Test Case</source>
        <translation>Перемещение тестового случая</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/testcasemodel.cpp" line="258"/>
        <source>No assertions. Press Enter to add some.</source>
        <translation>Проверок нет. Нажмите Enter, чтобы добавить.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/testcasemodel.cpp" line="280"/>
        <source>Edit Value of %1</source>
        <translation>Изменение значения %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/testcasemodel.cpp" line="283"/>
        <source>Edit Ideal Output</source>
        <translation>Изменение идеального ответа</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/testcasemodel.cpp" line="286"/>
        <source>Edit Case Description</source>
        <translation>Изменение описания случая</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/testcasemodel.cpp" line="301"/>
        <location filename="../../ui/evaluate/testcasemodel.cpp" line="394"/>
        <source>Ideal output</source>
        <translation>Идеальный ответ</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/testcasemodel.cpp" line="303"/>
        <location filename="../../ui/evaluate/testcasemodel.cpp" line="397"/>
        <source>Assertions</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/testcasemodel.cpp" line="304"/>
        <location filename="../../ui/evaluate/testcasemodel.cpp" line="400"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/testcasemodel.cpp" line="441"/>
        <source>Row %1 has %2 cells, but the table has only %3 columns.</source>
        <translation>В строке %1 %2 ячеек, а в таблице только %3 столбцов.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/testcasemodel.cpp" line="466"/>
        <source>Row %1, column %2: %3</source>
        <translation>Строка %1, столбец %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/testcasemodel.cpp" line="479"/>
        <source>The clipboard holds no rows of cells.</source>
        <translation>В буфере обмена нет строк с ячейками.</translation>
    </message>
</context>
<context>
    <name>pw::ToolRun</name>
    <message>
        <location filename="../../core/tools/apicall.cpp" line="41"/>
        <source>%1. The tool model does not support structured JSON output: choose another tool model.</source>
        <translation>%1. Модель инструментов не поддерживает структурированный вывод JSON: выберите другую модель инструментов.</translation>
    </message>
    <message>
        <location filename="../../core/tools/apicall.cpp" line="53"/>
        <source>%1; retrying in %2 s (attempt %3)</source>
        <translation>%1; повтор через %2 с (попытка %3)</translation>
    </message>
    <message>
        <location filename="../../core/tools/postprocess.cpp" line="35"/>
        <source>%1 rejects a trailing assistant prefill, so the suggested prefill was folded into the last user message</source>
        <translation>%1 не принимает префилл ассистента в конце, поэтому предложенный префилл перенесён в последнее сообщение пользователя</translation>
    </message>
    <message>
        <location filename="../../core/tools/postprocess.cpp" line="54"/>
        <source>The result is not a usable prompt: %1</source>
        <translation>Результат не является пригодным промптом: %1</translation>
    </message>
    <message>
        <location filename="../../core/tools/postprocess.cpp" line="68"/>
        <source>The template does not match the original prompt: %1</source>
        <translation>Шаблон не соответствует исходному промпту: %1</translation>
    </message>
    <message>
        <location filename="../../core/tools/toolrun.cpp" line="50"/>
        <location filename="../../core/tools/toolsession.cpp" line="106"/>
        <source>Canceled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../core/tools/toolrun.cpp" line="60"/>
        <source>Describe the task the prompt is for.</source>
        <translation>Опишите задачу, для которой нужен промпт.</translation>
    </message>
    <message>
        <location filename="../../core/tools/toolrun.cpp" line="67"/>
        <source>The prompt is empty.</source>
        <translation>Промпт пуст.</translation>
    </message>
</context>
<context>
    <name>pw::ToolSession</name>
    <message>
        <location filename="../../core/tools/toolsession.cpp" line="63"/>
        <source>Preparing the %1 engine…</source>
        <translation>Подготовка движка %1…</translation>
    </message>
</context>
<context>
    <name>pw::VariableCheck</name>
    <message>
        <location filename="../../core/analysis/variablecheck.cpp" line="22"/>
        <source>the improved prompt dropped {{%1}}</source>
        <translation>в улучшенном промпте пропала {{%1}}</translation>
    </message>
</context>
<context>
    <name>pw::VariableTable</name>
    <message>
        <location filename="../../ui/variabletable.cpp" line="75"/>
        <source>Variables</source>
        <translation>Переменные</translation>
    </message>
</context>
<context>
    <name>pw::Variables</name>
    <message>
        <location filename="../../core/prompt/variables.cpp" line="70"/>
        <source>%1 is not a valid variable name (a letter or underscore, then letters, digits or underscores, as in {{NAME}})</source>
        <translation>%1 — недопустимое имя переменной (буква или подчёркивание, затем буквы, цифры или подчёркивания, как в {{NAME}})</translation>
    </message>
</context>
<context>
    <name>pw::VariablesModel</name>
    <message>
        <location filename="../../ui/variablesmodel.cpp" line="54"/>
        <source>Double-click to find {{%1}} in the prompt</source>
        <translation>Дважды щёлкните, чтобы найти {{%1}} в промпте</translation>
    </message>
    <message>
        <location filename="../../ui/variablesmodel.cpp" line="63"/>
        <source>No test value yet: double-click to enter one</source>
        <translation>Тестового значения нет: дважды щёлкните, чтобы ввести</translation>
    </message>
    <message>
        <location filename="../../ui/variablesmodel.cpp" line="94"/>
        <source>Variable</source>
        <translation>Переменная</translation>
    </message>
    <message>
        <location filename="../../ui/variablesmodel.cpp" line="96"/>
        <source>Test value</source>
        <translation>Тестовое значение</translation>
    </message>
    <message>
        <location filename="../../ui/variablesmodel.cpp" line="98"/>
        <source>Uses</source>
        <translation>Использований</translation>
    </message>
</context>
<context>
    <name>pw::WelcomePage</name>
    <message>
        <location filename="../../ui/welcomepage.cpp" line="76"/>
        <source>Welcome to Promptwerk</source>
        <translation>Добро пожаловать в Promptwerk</translation>
    </message>
    <message>
        <location filename="../../ui/welcomepage.cpp" line="82"/>
        <source>Write a system prompt and messages with {{VARIABLES}}, let a model generate, improve or templatize them, run them and evaluate them over test cases. Help &gt; Guide (%1) explains it in ten minutes.</source>
        <translation>Пишите системный промпт и сообщения с {{VARIABLES}}, поручайте модели создавать, улучшать и превращать их в шаблоны, запускайте и оценивайте их на тестовых случаях. «Справка &gt; Руководство» (%1) объясняет всё за десять минут.</translation>
    </message>
    <message>
        <location filename="../../ui/welcomepage.cpp" line="88"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../ui/welcomepage.cpp" line="90"/>
        <source>New Prompt</source>
        <translation>Новый промпт</translation>
    </message>
    <message>
        <location filename="../../ui/welcomepage.cpp" line="92"/>
        <source>Open…</source>
        <translation>Открыть…</translation>
    </message>
    <message>
        <location filename="../../ui/welcomepage.cpp" line="102"/>
        <source>Try a sample</source>
        <translation>Попробуйте пример</translation>
    </message>
    <message>
        <location filename="../../ui/welcomepage.cpp" line="105"/>
        <source>A finished prompt with variables, test values and history. It opens as an untitled copy: saving asks for a name.</source>
        <translation>Готовый промпт с переменными, тестовыми значениями и историей. Он открывается как безымянная копия: при сохранении будет запрошено имя.</translation>
    </message>
    <message>
        <location filename="../../ui/welcomepage.cpp" line="108"/>
        <source>Open sample “%1”</source>
        <translation>Открыть пример «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/welcomepage.cpp" line="115"/>
        <source>Recent files</source>
        <translation>Недавние файлы</translation>
    </message>
    <message>
        <location filename="../../ui/welcomepage.cpp" line="120"/>
        <source>Models and API keys</source>
        <translation>Модели и ключи API</translation>
    </message>
    <message>
        <location filename="../../ui/welcomepage.cpp" line="124"/>
        <source>&lt;p&gt;The tools run on an engine, chosen in the toolbar.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;claude&lt;/b&gt; needs an Anthropic API key: enter it in Settings (kept in the system keychain) or set ANTHROPIC_API_KEY.&lt;/li&gt;&lt;li&gt;&lt;b&gt;openai&lt;/b&gt; talks to an OpenAI-compatible server; a local one (Ollama, llama.cpp) needs no key.&lt;/li&gt;&lt;li&gt;&lt;b&gt;local&lt;/b&gt; works offline without a key: it templatizes and checks prompts, but cannot generate or improve.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Инструменты работают на движке, выбранном на панели инструментов.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;claude&lt;/b&gt; нужен ключ API Anthropic: введите его в настройках (хранится в системной связке ключей) или задайте ANTHROPIC_API_KEY.&lt;/li&gt;&lt;li&gt;&lt;b&gt;openai&lt;/b&gt; обращается к OpenAI-совместимому серверу; локальному (Ollama, llama.cpp) ключ не нужен.&lt;/li&gt;&lt;li&gt;&lt;b&gt;local&lt;/b&gt; работает офлайн без ключа: превращает промпты в шаблоны и проверяет их, но не создаёт и не улучшает.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/welcomepage.cpp" line="131"/>
        <source>Open Settings…</source>
        <translation>Открыть настройки…</translation>
    </message>
    <message>
        <location filename="../../ui/welcomepage.cpp" line="139"/>
        <source>Show this page at startup</source>
        <translation>Показывать эту страницу при запуске</translation>
    </message>
    <message>
        <location filename="../../ui/welcomepage.cpp" line="156"/>
        <source>None yet: the files you open and save appear here.</source>
        <translation>Пока нет: здесь появятся файлы, которые вы открываете и сохраняете.</translation>
    </message>
</context>
</TS>
