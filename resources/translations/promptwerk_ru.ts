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
        <location filename="../../core/api/apierror.cpp" line="201"/>
        <source>network error</source>
        <translation>ошибка сети</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="204"/>
        <source>timeout</source>
        <translation>тайм-аут</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="207"/>
        <source>canceled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="210"/>
        <source>invalid response</source>
        <translation>некорректный ответ</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="213"/>
        <source>response too large</source>
        <translation>слишком большой ответ</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="216"/>
        <source>stream error</source>
        <translation>ошибка потока</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="219"/>
        <source>insecure URL</source>
        <translation>небезопасный URL</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="222"/>
        <source>configuration error</source>
        <translation>ошибка конфигурации</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="232"/>
        <source>(request %1)</source>
        <translation>(запрос %1)</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="256"/>
        <source>the server redirects to %1; redirects are not followed, set the base URL to the final address</source>
        <translation>сервер перенаправляет на %1; перенаправления не выполняются, укажите в базовом URL конечный адрес</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="269"/>
        <source>unexpected JSON body: %1</source>
        <translation>неожиданное тело JSON: %1</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="275"/>
        <source>the server answered with %1</source>
        <translation>сервер вернул %1</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="284"/>
        <source>an empty body</source>
        <translation>пустое тело ответа</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="291"/>
        <source>an HTML page instead of JSON</source>
        <translation>HTML-страницу вместо JSON</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="292"/>
        <source>an HTML page (&quot;%1&quot;) instead of JSON</source>
        <translation>HTML-страницу (&quot;%1&quot;) вместо JSON</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="294"/>
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
        <location filename="../../core/api/apijob.cpp" line="22"/>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="23"/>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="29"/>
        <source>%1 MiB</source>
        <translation>%1 МиБ</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="30"/>
        <source>%1 bytes</source>
        <translation>%1 байт</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="119"/>
        <source>the request to %1 was canceled</source>
        <translation>запрос к %1 отменён</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="127"/>
        <source>no network manager: the API client is gone</source>
        <translation>нет сетевого менеджера: клиент API уже удалён</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="132"/>
        <source>no API key for %1 (set ANTHROPIC_API_KEY or store a key)</source>
        <translation>нет ключа API для %1 (задайте ANTHROPIC_API_KEY или сохраните ключ)</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="136"/>
        <source>the API key contains spaces, line breaks or non-ASCII characters; check how it was pasted</source>
        <translation>ключ API содержит пробелы, переводы строк или символы не из ASCII; проверьте, как он был вставлен</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="141"/>
        <source>invalid anthropic-beta value &quot;%1&quot;</source>
        <translation>недопустимое значение anthropic-beta &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="219"/>
        <source>the answer from %1 announces %2, more than the limit of %3</source>
        <translation>ответ от %1 заявляет размер %2, больше лимита в %3</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="232"/>
        <source>the answer from %1 is larger than the limit of %2</source>
        <translation>ответ от %1 больше лимита в %2</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="284"/>
        <source>no answer from %1 within %2</source>
        <translation>нет ответа от %1 в течение %2</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="285"/>
        <source>%1 stopped sending for %2</source>
        <translation>%1 ничего не присылал в течение %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/api/apijob.cpp" line="295"/>
        <source>the stream broke off after %n events: %1</source>
        <translation>
            <numerusform>поток оборвался после %n события: %1</numerusform>
            <numerusform>поток оборвался после %n событий: %1</numerusform>
            <numerusform>поток оборвался после %n событий: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="301"/>
        <source>%1 gave no HTTP answer</source>
        <translation>%1 не прислал ответ HTTP</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="318"/>
        <source>expected an event stream from %1, but the server answered with %2</source>
        <translation>от %1 ожидался поток событий, но сервер вернул %2</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="322"/>
        <source>%1 answered with %2</source>
        <translation>%1 вернул %2</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="326"/>
        <source>%1 answered with JSON that is not an object</source>
        <translation>%1 вернул JSON, который не является объектом</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="330"/>
        <source>unexpected answer from %1: %2</source>
        <translation>неожиданный ответ от %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="341"/>
        <source>%1 refused the connection</source>
        <translation>%1 отклонил соединение</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="344"/>
        <source>host %1 not found</source>
        <translation>узел %1 не найден</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/api/apijob.cpp" line="350"/>
        <source>%1 closed the connection in the middle of the answer (after %n bytes)</source>
        <translation>
            <numerusform>%1 закрыл соединение посреди ответа (после %n байта)</numerusform>
            <numerusform>%1 закрыл соединение посреди ответа (после %n байт)</numerusform>
            <numerusform>%1 закрыл соединение посреди ответа (после %n байт)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="353"/>
        <source>%1 closed the connection without answering</source>
        <translation>%1 закрыл соединение, не ответив</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="357"/>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>ошибка TLS-рукопожатия с %1: %2</translation>
    </message>
</context>
<context>
    <name>pw::AtomicWrite</name>
    <message>
        <location filename="../../core/document/atomicwrite.cpp" line="14"/>
        <source>cannot write %1: %2</source>
        <translation>не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>pw::AutosaveStore</name>
    <message>
        <location filename="../../core/document/autosavestore.cpp" line="54"/>
        <source>autosave: &quot;%1&quot; is not a valid key (use AutosaveStore::newKey())</source>
        <translation>автосохранение: &quot;%1&quot; не является допустимым ключом (используйте AutosaveStore::newKey())</translation>
    </message>
    <message>
        <location filename="../../core/document/autosavestore.cpp" line="61"/>
        <source>cannot create the autosave folder %1</source>
        <translation>не удалось создать папку автосохранения %1</translation>
    </message>
    <message>
        <location filename="../../core/document/autosavestore.cpp" line="94"/>
        <source>invalid JSON at byte %1: %2</source>
        <translation>недопустимый JSON в байте %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/document/autosavestore.cpp" line="99"/>
        <source>not a Promptwerk recovery file</source>
        <translation>это не файл восстановления Promptwerk</translation>
    </message>
    <message>
        <location filename="../../core/document/autosavestore.cpp" line="103"/>
        <source>recovery file version %1 is not one this Promptwerk reads (%2)</source>
        <translation>версию файла восстановления %1 эта версия Promptwerk не читает (%2)</translation>
    </message>
    <message>
        <location filename="../../core/document/autosavestore.cpp" line="114"/>
        <source>%1: must be an object</source>
        <translation>%1: должно быть объектом</translation>
    </message>
    <message>
        <location filename="../../core/document/autosavestore.cpp" line="143"/>
        <source>autosave: &quot;%1&quot; is not a valid key</source>
        <translation>автосохранение: &quot;%1&quot; не является допустимым ключом</translation>
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
        <location filename="../../ui/comparearea.cpp" line="22"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="57"/>
        <source>Variable</source>
        <translation>Переменная</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="57"/>
        <source>Value found</source>
        <translation>Найденное значение</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="63"/>
        <source>Values found</source>
        <translation>Найденные значения</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="124"/>
        <source>Original</source>
        <translation>Исходный</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="124"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
</context>
<context>
    <name>pw::DiffView</name>
    <message>
        <location filename="../../ui/diffview.cpp" line="47"/>
        <source>Previous change</source>
        <translation>Предыдущее изменение</translation>
    </message>
    <message>
        <location filename="../../ui/diffview.cpp" line="50"/>
        <source>Next change</source>
        <translation>Следующее изменение</translation>
    </message>
    <message>
        <location filename="../../ui/diffview.cpp" line="63"/>
        <source>Ignore whitespace</source>
        <translation>Игнорировать пробелы</translation>
    </message>
    <message>
        <location filename="../../ui/diffview.cpp" line="163"/>
        <source>Comparing…</source>
        <translation>Сравнение…</translation>
    </message>
    <message>
        <location filename="../../ui/diffview.cpp" line="228"/>
        <source>Variables added: %1</source>
        <translation>Добавлены переменные: %1</translation>
    </message>
    <message>
        <location filename="../../ui/diffview.cpp" line="230"/>
        <source>Variables removed: %1</source>
        <translation>Удалены переменные: %1</translation>
    </message>
    <message>
        <location filename="../../ui/diffview.cpp" line="232"/>
        <source>Renamed: %1 → %2</source>
        <translation>Переименовано: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/diffview.cpp" line="374"/>
        <source> replaces “%1”</source>
        <translation> заменяет «%1»</translation>
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
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="66"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="67"/>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="68"/>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="69"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="70"/>
        <source>Bring a prompt file into this document as a new revision</source>
        <translation>Добавить файл промпта в этот документ как новую ревизию</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="71"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="72"/>
        <source>Write the prompt as code or a template for another tool</source>
        <translation>Записать промпт как код или шаблон для другого инструмента</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="108"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние файлы</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="122"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="169"/>
        <source>%1 could not be opened.</source>
        <translation>Не удалось открыть %1.</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="175"/>
        <source>%1 could not be read.</source>
        <translation>Не удалось прочитать %1.</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="184"/>
        <location filename="../../ui/documentcontroller.cpp" line="209"/>
        <location filename="../../ui/documentcontroller.cpp" line="214"/>
        <source>%1 could not be imported.</source>
        <translation>Не удалось импортировать %1.</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="226"/>
        <source>Import %1</source>
        <translation>Импорт %1</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="243"/>
        <source>Save Prompt</source>
        <translation>Сохранить промпт</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="243"/>
        <source>Promptwerk documents (*.%1)</source>
        <translation>Документы Promptwerk (*.%1)</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="257"/>
        <source>The prompt could not be saved.</source>
        <translation>Не удалось сохранить промпт.</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="265"/>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="286"/>
        <source>The prompt could not be exported as %1.</source>
        <translation>Не удалось экспортировать промпт как %1.</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="291"/>
        <source>The prompt could not be exported.</source>
        <translation>Не удалось экспортировать промпт.</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="294"/>
        <source>Exported %1</source>
        <translation>Экспортировано: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="300"/>
        <location filename="../../ui/documentcontroller.cpp" line="370"/>
        <source>Untitled</source>
        <translation>Без имени</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="302"/>
        <source>%1[*] — Promptwerk</source>
        <translation>%1[*] — Promptwerk</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="340"/>
        <source>Restore Revision %1</source>
        <translation>Восстановить ревизию %1</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="342"/>
        <source>Revision %1 restored as revision %2. %3 brings the previous prompt back.</source>
        <translation>Ревизия %1 восстановлена как ревизия %2. %3 вернёт предыдущий промпт.</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="372"/>
        <source>Unsaved Changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="372"/>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>В %1 есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="421"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="456"/>
        <source>Autosave failed: %1</source>
        <translation>Ошибка автосохранения: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="483"/>
        <source>an untitled prompt</source>
        <translation>промпт без имени</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="485"/>
        <source>&amp;Recover</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="486"/>
        <source>&amp;Discard</source>
        <translation>&amp;Отбросить</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="504"/>
        <source>Unsaved work on %1 from %2 was kept when Promptwerk last closed.</source>
        <translation>При последнем закрытии Promptwerk была сохранена несохранённая работа над %1 от %2.</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="505"/>
        <source>Recover it, or discard the copy.</source>
        <translation>Восстановите её или отбросьте копию.</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="512"/>
        <source>The unsaved work could not be recovered.</source>
        <translation>Не удалось восстановить несохранённую работу.</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="527"/>
        <source>Unsaved work recovered. Save it to keep it.</source>
        <translation>Несохранённая работа восстановлена. Сохраните её, чтобы не потерять.</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="535"/>
        <source>Open Prompt</source>
        <translation>Открыть промпт</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="536"/>
        <source>Prompts (*.%1 *.json *.txt *.md *.markdown);;Promptwerk documents (*.%1);;All files (*)</source>
        <translation>Промпты (*.%1 *.json *.txt *.md *.markdown);;Документы Promptwerk (*.%1);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="543"/>
        <source>Import Prompt</source>
        <translation>Импорт промпта</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="544"/>
        <source>Prompt files (*.json *.txt *.md *.markdown);;All files (*)</source>
        <translation>Файлы промптов (*.json *.txt *.md *.markdown);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="555"/>
        <source>prompt</source>
        <translation>промпт</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="556"/>
        <source>Export Prompt</source>
        <translation>Экспорт промпта</translation>
    </message>
</context>
<context>
    <name>pw::DocumentFile</name>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="78"/>
        <location filename="../../core/document/documentfile.cpp" line="118"/>
        <source>a string</source>
        <translation>строкой</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="93"/>
        <location filename="../../core/document/documentfile.cpp" line="163"/>
        <source>is required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="94"/>
        <source>must be a whole number from 1 up (found %1)</source>
        <translation>должно быть целым числом от 1 (найдено %1)</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="106"/>
        <source>an object</source>
        <translation>объектом</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="164"/>
        <source>must be %1 (found %2)</source>
        <translation>должно быть %1 (найден тип %2)</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="173"/>
        <source>must be an object (found %1)</source>
        <translation>должно быть объектом (найден тип %1)</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="180"/>
        <source>must be greater than the id before it (%1 after %2)</source>
        <translation>должно быть больше предыдущего id (%1 после %2)</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="195"/>
        <source>must be one of %1 (found &quot;%2&quot;)</source>
        <translation>должно быть одним из: %1 (найдено &quot;%2&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="205"/>
        <source>must be an ISO 8601 date and time like 2026-11-01T09:30:00Z (found &quot;%1&quot;)</source>
        <translation>должно быть датой и временем в формате ISO 8601, например 2026-11-01T09:30:00Z (найдено &quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="223"/>
        <source>must name an earlier revision (found %1)</source>
        <translation>должно указывать на более раннюю ревизию (найдено %1)</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="264"/>
        <source>not a Promptwerk document (it has no &quot;format&quot;: &quot;promptwerk&quot;)</source>
        <translation>это не документ Promptwerk (в нём нет &quot;format&quot;: &quot;promptwerk&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="269"/>
        <source>%1: must be &quot;%2&quot; (found %3)</source>
        <translation>%1: должно быть &quot;%2&quot; (найдено %3)</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="279"/>
        <source>%1: the file is format version %2, newer than this Promptwerk reads (up to %3); open it with a newer Promptwerk</source>
        <translation>%1: файл имеет версию формата %2, более новую, чем читает эта версия Promptwerk (до %3); откройте его в более новой версии Promptwerk</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="293"/>
        <source>must be an array (found %1)</source>
        <translation>должно быть массивом (найден тип %1)</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="326"/>
        <source>%1: not a Promptwerk document (the file must hold a JSON object)</source>
        <translation>%1: это не документ Promptwerk (файл должен содержать объект JSON)</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="341"/>
        <source>cannot read %1: %2</source>
        <translation>не удалось прочитать %1: %2</translation>
    </message>
</context>
<context>
    <name>pw::Engine</name>
    <message>
        <location filename="../../core/tools/engine.cpp" line="149"/>
        <source>unknown engine &quot;%1&quot; (choose %2)</source>
        <translation>неизвестный движок &quot;%1&quot; (выберите %2)</translation>
    </message>
</context>
<context>
    <name>pw::EngineSettings</name>
    <message>
        <location filename="../../core/tools/enginesettings.cpp" line="90"/>
        <source>the settings</source>
        <translation>настроек</translation>
    </message>
    <message>
        <location filename="../../core/tools/enginesettings.cpp" line="96"/>
        <source>the base URL from %1 is not an http(s) URL: %2</source>
        <translation>базовый URL из %1 не является URL http(s): %2</translation>
    </message>
</context>
<context>
    <name>pw::Exporters</name>
    <message>
        <location filename="../../core/exchange/exporters.cpp" line="44"/>
        <source>%1: only text blocks can be exported (found &quot;%2&quot;)</source>
        <translation>%1: экспортировать можно только текстовые блоки (найдено &quot;%2&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/exchange/exporters.cpp" line="285"/>
        <source>%1: the variable %2 cannot be a Jinja variable (Jinja reads &quot;%3&quot; as a keyword); rename it</source>
        <translation>%1: переменная %2 не может быть переменной Jinja (Jinja читает &quot;%3&quot; как ключевое слово); переименуйте её</translation>
    </message>
</context>
<context>
    <name>pw::FindingsList</name>
    <message>
        <location filename="../../ui/findingslist.cpp" line="32"/>
        <source>Finding</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <location filename="../../ui/findingslist.cpp" line="32"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location filename="../../ui/findingslist.cpp" line="39"/>
        <source>Prompt checks</source>
        <translation>Проверки промпта</translation>
    </message>
    <message>
        <location filename="../../ui/findingslist.cpp" line="54"/>
        <source>Prompt</source>
        <translation>Промпт</translation>
    </message>
    <message>
        <location filename="../../ui/findingslist.cpp" line="57"/>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <location filename="../../ui/findingslist.cpp" line="61"/>
        <location filename="../../ui/findingslist.cpp" line="63"/>
        <source>Message %1</source>
        <translation>Сообщение %1</translation>
    </message>
    <message>
        <location filename="../../ui/findingslist.cpp" line="69"/>
        <source>%1, line %2</source>
        <translation>%1, строка %2</translation>
    </message>
    <message>
        <location filename="../../ui/findingslist.cpp" line="86"/>
        <source>No problems found.</source>
        <translation>Проблем не найдено.</translation>
    </message>
</context>
<context>
    <name>pw::GenerateDialog</name>
    <message>
        <location filename="../../ui/generatedialog.cpp" line="13"/>
        <source>Generate a Prompt</source>
        <translation>Создание промпта</translation>
    </message>
    <message>
        <location filename="../../ui/generatedialog.cpp" line="15"/>
        <source>&amp;Describe the task the prompt is for:</source>
        <translation>&amp;Опишите задачу, для которой нужен промпт:</translation>
    </message>
    <message>
        <location filename="../../ui/generatedialog.cpp" line="18"/>
        <source>e.g. Answer customer questions about a meal-prep delivery service, politely and briefly, and hand over to a person for refunds.</source>
        <translation>Например: вежливо и кратко отвечать на вопросы клиентов о службе доставки готовой еды, а вопросы возврата денег передавать сотруднику.</translation>
    </message>
    <message>
        <location filename="../../ui/generatedialog.cpp" line="23"/>
        <source>The generated prompt replaces the current one when you accept it; Ctrl+Z brings the current one back.</source>
        <translation>Если принять созданный промпт, он заменит текущий; Ctrl+Z вернёт текущий.</translation>
    </message>
    <message>
        <location filename="../../ui/generatedialog.cpp" line="29"/>
        <source>&amp;Generate</source>
        <translation>&amp;Создать</translation>
    </message>
</context>
<context>
    <name>pw::HistoryPanel</name>
    <message>
        <location filename="../../ui/historypanel.cpp" line="28"/>
        <source>Typed</source>
        <translation>Введён</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="30"/>
        <source>Generated</source>
        <translation>Создан</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="32"/>
        <source>Improved</source>
        <translation>Улучшен</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="34"/>
        <source>Templatized</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="36"/>
        <source>Imported</source>
        <translation>Импортирован</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="40"/>
        <source>Restored #%1</source>
        <translation>Восстановлен №%1</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="69"/>
        <source>%1 in · %2 out</source>
        <translation>%1 вх. · %2 вых.</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="99"/>
        <source>Revision %1: %2, %3</source>
        <translation>Ревизия %1: %2, %3</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="106"/>
        <source>Written for %1</source>
        <translation>Для %1</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="108"/>
        <source>Task: %1</source>
        <translation>Задача: %1</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="110"/>
        <source>Feedback: %1</source>
        <translation>Пожелания: %1</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="120"/>
        <source>&amp;Compare</source>
        <translation>&amp;Сравнить</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="120"/>
        <source>Res&amp;tore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="124"/>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="124"/>
        <source>Origin</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="124"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="124"/>
        <source>Made with</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="129"/>
        <source>Revisions</source>
        <translation>Ревизии</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="135"/>
        <source>Select two revisions to compare them, one to restore it.</source>
        <translation>Выберите две ревизии, чтобы сравнить их, или одну, чтобы восстановить.</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="138"/>
        <source>Show the two selected revisions side by side</source>
        <translation>Показать две выбранные ревизии рядом</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="139"/>
        <source>Make the selected revision the working copy again, as a new revision</source>
        <translation>Сделать выбранную ревизию рабочей копией (как новую ревизию)</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="235"/>
        <location filename="../../ui/historypanel.cpp" line="236"/>
        <source>Revision %1 · %2</source>
        <translation>Ревизия %1 · %2</translation>
    </message>
</context>
<context>
    <name>pw::Importers</name>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="112"/>
        <source>%1: the file is empty: there is no prompt to import</source>
        <translation>%1: файл пуст: импортировать нечего</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="132"/>
        <source>text before the first &quot;## System&quot;, &quot;## User&quot; or &quot;## Assistant&quot; heading; move it into a section or remove it</source>
        <translation>текст перед первым заголовком &quot;## System&quot;, &quot;## User&quot; или &quot;## Assistant&quot;; перенесите его в раздел или удалите</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="146"/>
        <source>the &quot;## %1&quot; section is empty</source>
        <translation>раздел &quot;## %1&quot; пуст</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="150"/>
        <source>a second &quot;## System&quot; section (a prompt has one system prompt)</source>
        <translation>второй раздел &quot;## System&quot; (у промпта один системный промпт)</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="154"/>
        <source>&quot;## System&quot; must come before the messages</source>
        <translation>&quot;## System&quot; должен идти перед сообщениями</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="163"/>
        <source>%1: there is a &quot;## System&quot; section but no &quot;## User&quot; message</source>
        <translation>%1: есть раздел &quot;## System&quot;, но нет сообщения &quot;## User&quot;</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="175"/>
        <location filename="../../core/exchange/importers.cpp" line="232"/>
        <source>%1: must be a string (found %2)</source>
        <translation>%1: должно быть строкой (найден тип %2)</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="186"/>
        <source>invalid JSON: %1</source>
        <translation>недопустимый JSON: %1</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="192"/>
        <source>a JSON prompt must be an object with &quot;messages&quot; (found an array)</source>
        <translation>JSON-промпт должен быть объектом с &quot;messages&quot; (найден массив)</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="196"/>
        <source>a generate_prompt request holds a task, not a prompt: there is nothing to import</source>
        <translation>запрос generate_prompt содержит задачу, а не промпт: импортировать нечего</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="198"/>
        <source>%1: is required (a JSON prompt is {&quot;system&quot;: ..., &quot;messages&quot;: [...]})</source>
        <translation>%1: обязательно (JSON-промпт имеет вид {&quot;system&quot;: ..., &quot;messages&quot;: [...]})</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="211"/>
        <source>%1: holds no message: there is no prompt to import</source>
        <translation>%1: нет ни одного сообщения: импортировать нечего</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="217"/>
        <source>%1: only text blocks can be imported (found &quot;%2&quot;)</source>
        <translation>%1: импортировать можно только текстовые блоки (найдено &quot;%2&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="238"/>
        <source>%1: must be an object (found %2)</source>
        <translation>%1: должно быть объектом (найден тип %2)</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="306"/>
        <source>the file is not valid UTF-8 text (byte %1)</source>
        <translation>файл не является корректным текстом UTF-8 (байт %1)</translation>
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
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="83"/>
        <source>%n more finding(s) not shown; promptwerk-cli lint lists them all.</source>
        <translation>
            <numerusform>Ещё %n замечание не показано; promptwerk-cli lint выводит все.</numerusform>
            <numerusform>Ещё %n замечания не показаны; promptwerk-cli lint выводит все.</numerusform>
            <numerusform>Ещё %n замечаний не показано; promptwerk-cli lint выводит все.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="93"/>
        <source>Generating a prompt…</source>
        <translation>Создание промпта…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="95"/>
        <source>Improving the prompt…</source>
        <translation>Улучшение промпта…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="99"/>
        <source>Templatizing the prompt…</source>
        <translation>Создание шаблона…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="106"/>
        <source>Generated prompt</source>
        <translation>Созданный промпт</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="108"/>
        <source>Improved prompt</source>
        <translation>Улучшенный промпт</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="112"/>
        <source>Templatized prompt</source>
        <translation>Шаблон промпта</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="119"/>
        <source>Generate</source>
        <translation>Создание</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="121"/>
        <source>Improve</source>
        <translation>Улучшение</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="125"/>
        <source>Templatize</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="144"/>
        <source>Claude through the Messages API (needs an Anthropic API key)</source>
        <translation>Claude через Messages API (нужен ключ Anthropic API)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="146"/>
        <source>A server that speaks the prompt-tools protocol</source>
        <translation>Сервер с протоколом prompt-tools</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="148"/>
        <source>An OpenAI-compatible server: Ollama, llama.cpp, LM Studio, vLLM, OpenAI</source>
        <translation>Сервер, совместимый с OpenAI: Ollama, llama.cpp, LM Studio, vLLM, OpenAI</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="149"/>
        <source>Offline, on this computer: templatize and checks only</source>
        <translation>Офлайн, на этом компьютере: только шаблоны и проверки</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="155"/>
        <source>%1 in · %2 out</source>
        <translation>%1 вх. · %2 вых.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="212"/>
        <source>Untitled[*] — Promptwerk</source>
        <translation>Без имени[*] — Promptwerk</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="263"/>
        <location filename="../../ui/mainwindow.cpp" line="484"/>
        <source>The model the prompt is written for. Any model id can be typed.</source>
        <translation>Модель, для которой пишется промпт. Можно ввести любой идентификатор модели.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="267"/>
        <source>The model the prompt is written for. Any model id can be typed.
%1
Showing the models known before.</source>
        <translation>Модель, для которой пишется промпт. Можно ввести любой идентификатор модели.
%1
Показаны ранее известные модели.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="297"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="300"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="304"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="306"/>
        <source>&amp;Generate…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="308"/>
        <source>Write a new prompt from a task description (%1)</source>
        <translation>Написать новый промпт по описанию задачи (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="310"/>
        <source>&amp;Improve</source>
        <translation>&amp;Улучшить</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="311"/>
        <source>Rewrite the prompt along best practice and your feedback (%1)</source>
        <translation>Переписать промпт по лучшим практикам и вашим пожеланиям (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="314"/>
        <source>&amp;Templatize</source>
        <translation>Сделать &amp;шаблон</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="315"/>
        <source>Replace the concrete values in the prompt by {{VARIABLES}} (%1)</source>
        <translation>Заменить конкретные значения в промпте на {{VARIABLES}} (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="317"/>
        <source>&amp;Cancel Run</source>
        <translation>О&amp;становить</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="318"/>
        <source>Stop the running tool (Esc)</source>
        <translation>Остановить работающий инструмент (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="319"/>
        <source>&amp;Accept Result</source>
        <translation>&amp;Принять результат</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="321"/>
        <source>&amp;Reject Result</source>
        <translation>&amp;Отклонить результат</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="323"/>
        <source>Re&amp;try</source>
        <translation>По&amp;вторить</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="340"/>
        <source>Optional: who the model is, the rules it follows, the context it needs.</source>
        <translation>Необязательно: кто такая модель, каким правилам она следует, какой контекст ей нужен.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="341"/>
        <source>System prompt</source>
        <translation>Системный промпт</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="344"/>
        <source>&amp;System prompt</source>
        <translation>&amp;Системный промпт</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="348"/>
        <source>&amp;Messages</source>
        <translation>С&amp;ообщения</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="349"/>
        <source>%1 add · %2 remove · %3 role</source>
        <translation>%1 добавить · %2 удалить · %3 роль</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="354"/>
        <source>Move the current message with %1 and %2.</source>
        <translation>Текущее сообщение перемещается клавишами %1 и %2.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="363"/>
        <source>Optional: what Improve should change, e.g. “Make the answers shorter and add an example.”</source>
        <translation>Необязательно: что должно изменить улучшение, например: «Сделай ответы короче и добавь пример».</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="365"/>
        <source>Feedback for Improve</source>
        <translation>Пожелания для улучшения</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="367"/>
        <source>&amp;Feedback for Improve</source>
        <translation>&amp;Пожелания для улучшения</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="378"/>
        <source>Variables and Checks</source>
        <translation>Переменные и проверки</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="400"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="403"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="406"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="412"/>
        <source>&amp;Message</source>
        <translation>&amp;Сообщение</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="420"/>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="430"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="435"/>
        <source>Go to &amp;System Prompt</source>
        <translation>К &amp;системному промпту</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="437"/>
        <source>Go to &amp;Messages</source>
        <translation>К с&amp;ообщениям</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="440"/>
        <source>Go to &amp;Feedback</source>
        <translation>К &amp;пожеланиям</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="442"/>
        <source>Go to &amp;Variables</source>
        <translation>К &amp;переменным</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="447"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="448"/>
        <source>&amp;About Promptwerk</source>
        <translation>&amp;О Promptwerk</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="449"/>
        <source>About Promptwerk</source>
        <translation>О Promptwerk</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="450"/>
        <source>&lt;b&gt;Promptwerk %1&lt;/b&gt;&lt;p&gt;A workbench for prompt authors: write, generate, improve and templatize prompts on any model, and compare before and after.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Promptwerk %1&lt;/b&gt;&lt;p&gt;Рабочее место для авторов промптов: пишите, создавайте, улучшайте промпты и превращайте их в шаблоны для любой модели, сравнивая «до» и «после».&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="458"/>
        <source>Tools</source>
        <translation>Инструменты</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="468"/>
        <source>&amp;Engine:</source>
        <translation>&amp;Движок:</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="475"/>
        <source>Where the tools run</source>
        <translation>Где работают инструменты</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="481"/>
        <source>Target &amp;model:</source>
        <translation>Целевая &amp;модель:</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="483"/>
        <source>any model</source>
        <translation>любая модель</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="512"/>
        <source>The engine the tools run on</source>
        <translation>Движок, на котором работают инструменты</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="513"/>
        <location filename="../../ui/mainwindow.cpp" line="779"/>
        <source>The model that runs the tools</source>
        <translation>Модель, которая выполняет инструменты</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="514"/>
        <source>Tokens of the last run</source>
        <translation>Токены последнего запуска</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="515"/>
        <source>The request id of the last answer, for support</source>
        <translation>Идентификатор запроса последнего ответа (для поддержки)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="617"/>
        <source>Last run: %1</source>
        <translation>Последний запуск: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="617"/>
        <source>Last run: no tokens</source>
        <translation>Последний запуск: без токенов</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="618"/>
        <location filename="../../ui/mainwindow.cpp" line="632"/>
        <source>Request %1</source>
        <translation>Запрос %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="620"/>
        <source>%1 finished: accept the result (%2) or reject it (%3).</source>
        <translation>%1: готово. Принять — %2, отклонить — %3.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="634"/>
        <source>%1 canceled.</source>
        <translation>%1: отменено.</translation>
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
        <translation>ID запроса: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="651"/>
        <source>%1 failed: %2</source>
        <translation>%1: ошибка: %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="681"/>
        <source>Accept %1 Result</source>
        <translation>Принять результат: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="684"/>
        <source>Result applied. %1 brings the previous prompt back.</source>
        <translation>Результат применён. %1 вернёт предыдущий промпт.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="696"/>
        <source>Result discarded.</source>
        <translation>Результат отклонён.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="727"/>
        <source>The local engine works offline: choose claude, prompt-tools or openai to generate or improve.</source>
        <translation>Движок local работает офлайн: чтобы создавать или улучшать промпты, выберите claude, prompt-tools или openai.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="743"/>
        <source>Settings saved.</source>
        <translation>Настройки сохранены.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="770"/>
        <source>Engine: %1</source>
        <translation>Движок: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="774"/>
        <source>offline</source>
        <translation>офлайн</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="776"/>
        <source>Tool model: the server&apos;s</source>
        <translation>Модель инструментов: серверная</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="778"/>
        <source>Tool model: %1</source>
        <translation>Модель инструментов: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="781"/>
        <source>No run yet</source>
        <translation>Запусков ещё не было</translation>
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
        <location filename="../../ui/messagebanner.cpp" line="21"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../../ui/messagebanner.cpp" line="48"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/messagebanner.cpp" line="49"/>
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
        <location filename="../../ui/messagelisteditor.cpp" line="208"/>
        <source>&amp;Add Message</source>
        <translation>&amp;Добавить сообщение</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="210"/>
        <source>&amp;Remove Message</source>
        <translation>&amp;Удалить сообщение</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="211"/>
        <source>Move Message &amp;Up</source>
        <translation>Переместить сообщение &amp;вверх</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="214"/>
        <source>Move Message &amp;Down</source>
        <translation>Переместить сообщение в&amp;низ</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="218"/>
        <source>Toggle &amp;Role</source>
        <translation>Сменить &amp;роль</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="220"/>
        <source>+ Add Message</source>
        <translation>+ Добавить сообщение</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="221"/>
        <source>Add a message after the current one</source>
        <translation>Добавить сообщение после текущего</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="404"/>
        <source>Message %1</source>
        <translation>Сообщение %1</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="408"/>
        <source>Message %1, %2</source>
        <translation>Сообщение %1, %2</translation>
    </message>
</context>
<context>
    <name>pw::ModelCatalog</name>
    <message>
        <location filename="../../core/catalog/modelcatalog.cpp" line="181"/>
        <source>Could not list the models of %1: %2</source>
        <translation>Не удалось получить список моделей %1: %2</translation>
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
        <location filename="../../core/tools/modeltoolrun.cpp" line="182"/>
        <source>Waiting for %1…</source>
        <translation>Ожидание %1…</translation>
    </message>
    <message>
        <location filename="../../core/tools/modeltoolrun.cpp" line="192"/>
        <source>%1 is writing…</source>
        <translation>%1 пишет…</translation>
    </message>
    <message>
        <location filename="../../core/tools/modeltoolrun.cpp" line="223"/>
        <source>%1 declined to do this (stop reason: refusal). Rephrase the request or try another model.</source>
        <translation>%1 отказывается это делать (причина остановки: refusal). Переформулируйте запрос или попробуйте другую модель.</translation>
    </message>
    <message>
        <location filename="../../core/tools/modeltoolrun.cpp" line="229"/>
        <source>The answer was cut off at the output budget of %1 tokens. Retry with a larger budget.</source>
        <translation>Ответ обрезан на лимите вывода в %1 токенов. Повторите с бо́льшим лимитом.</translation>
    </message>
    <message>
        <location filename="../../core/tools/modeltoolrun.cpp" line="235"/>
        <source>The answer was cut off: the prompt and the answer outgrew the context window of %1. Shorten the prompt or choose a tool model with a larger context window.</source>
        <translation>Ответ обрезан: промпт и ответ не поместились в контекстное окно %1. Сократите промпт или выберите модель инструментов с бо́льшим контекстным окном.</translation>
    </message>
    <message>
        <location filename="../../core/tools/modeltoolrun.cpp" line="249"/>
        <source>The model&apos;s answer is not usable JSON, even after one repair attempt: %1</source>
        <translation>Ответ модели не является пригодным JSON даже после попытки исправления: %1</translation>
    </message>
    <message>
        <location filename="../../core/tools/modeltoolrun.cpp" line="260"/>
        <source>Repairing the model&apos;s answer…</source>
        <translation>Исправление ответа модели…</translation>
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
        <location filename="../../core/analysis/checks.cpp" line="204"/>
        <source>an assistant message before the end (a few-shot turn): the Messages API accepts it, but the prompt-tools operations (generate, improve, templatize) need the user messages first and contiguous, with at most one assistant message at the end</source>
        <translation>сообщение ассистента не в конце (ход few-shot): Messages API его принимает, но операциям prompt-tools (создание, улучшение, шаблонизация) нужны сначала сообщения пользователя подряд и не более одного сообщения ассистента в конце</translation>
    </message>
    <message>
        <location filename="../../core/analysis/checks.cpp" line="212"/>
        <source>the %1 message is empty</source>
        <translation>сообщение %1 пустое</translation>
    </message>
    <message>
        <location filename="../../core/analysis/checks.cpp" line="213"/>
        <source>the %1 message is only whitespace</source>
        <translation>сообщение %1 состоит только из пробельных символов</translation>
    </message>
    <message>
        <location filename="../../core/analysis/checks.cpp" line="223"/>
        <source>this text block is empty or only whitespace, which the API rejects</source>
        <translation>этот текстовый блок пуст или состоит только из пробельных символов, а API такие отклоняет</translation>
    </message>
</context>
<context>
    <name>pw::PromptDiff</name>
    <message>
        <location filename="../../core/diff/promptdiff.cpp" line="149"/>
        <source>user</source>
        <translation>пользователь</translation>
    </message>
    <message>
        <location filename="../../core/diff/promptdiff.cpp" line="150"/>
        <source>assistant</source>
        <translation>ассистент</translation>
    </message>
    <message>
        <location filename="../../core/diff/promptdiff.cpp" line="151"/>
        <source>Message %1 · %2</source>
        <translation>Сообщение %1 · %2</translation>
    </message>
    <message>
        <location filename="../../core/diff/promptdiff.cpp" line="205"/>
        <location filename="../../core/diff/promptdiff.cpp" line="212"/>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <location filename="../../core/diff/promptdiff.cpp" line="218"/>
        <source>1 change</source>
        <translation>изменений: 1</translation>
    </message>
    <message>
        <location filename="../../core/diff/promptdiff.cpp" line="219"/>
        <source>%1 changes</source>
        <translation>изменений: %1</translation>
    </message>
    <message>
        <location filename="../../core/diff/promptdiff.cpp" line="220"/>
        <source> · words +%1 −%2</source>
        <translation> · слова +%1 −%2</translation>
    </message>
    <message>
        <location filename="../../core/diff/promptdiff.cpp" line="221"/>
        <source> · variables +%1 −%2</source>
        <translation> · переменные +%1 −%2</translation>
    </message>
    <message>
        <location filename="../../core/diff/promptdiff.cpp" line="225"/>
        <source>, %1 renamed</source>
        <translation>, переименовано: %1</translation>
    </message>
    <message>
        <location filename="../../core/diff/promptdiff.cpp" line="227"/>
        <source> · messages +%1 −%2, %3 moved</source>
        <translation> · сообщения +%1 −%2, перемещено: %3</translation>
    </message>
    <message>
        <location filename="../../core/diff/promptdiff.cpp" line="232"/>
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
        <location filename="../../core/prompt/validation.cpp" line="47"/>
        <source>the first message must be from the user (found &quot;assistant&quot;)</source>
        <translation>первое сообщение должно быть от пользователя (найдено &quot;assistant&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/prompt/validation.cpp" line="51"/>
        <source>an assistant message is only allowed last, as a prefill</source>
        <translation>сообщение ассистента допускается только последним, как префилл</translation>
    </message>
</context>
<context>
    <name>pw::PromptWorkspace</name>
    <message>
        <location filename="../../ui/promptworkspace.cpp" line="76"/>
        <source>Typing</source>
        <translation>Ввод</translation>
    </message>
    <message>
        <location filename="../../ui/promptworkspace.cpp" line="108"/>
        <source>Add Message</source>
        <translation>Добавление сообщения</translation>
    </message>
    <message>
        <location filename="../../ui/promptworkspace.cpp" line="117"/>
        <source>Remove Message</source>
        <translation>Удаление сообщения</translation>
    </message>
    <message>
        <location filename="../../ui/promptworkspace.cpp" line="125"/>
        <source>Move Message</source>
        <translation>Перемещение сообщения</translation>
    </message>
    <message>
        <location filename="../../ui/promptworkspace.cpp" line="134"/>
        <source>Change Role</source>
        <translation>Смена роли</translation>
    </message>
    <message>
        <location filename="../../ui/promptworkspace.cpp" line="145"/>
        <source>Edit Value of %1</source>
        <translation>Изменение значения %1</translation>
    </message>
</context>
<context>
    <name>pw::RunPanel</name>
    <message>
        <location filename="../../ui/runpanel.cpp" line="19"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/runpanel.cpp" line="33"/>
        <source>Time since the run started</source>
        <translation>Время с начала запуска</translation>
    </message>
    <message>
        <location filename="../../ui/runpanel.cpp" line="34"/>
        <source>Tokens used so far (≈: estimated from the text received)</source>
        <translation>Использовано токенов (≈: оценка по полученному тексту)</translation>
    </message>
    <message>
        <location filename="../../ui/runpanel.cpp" line="53"/>
        <source>The model&apos;s answer appears here as it streams in.</source>
        <translation>Ответ модели появляется здесь по мере поступления.</translation>
    </message>
    <message>
        <location filename="../../ui/runpanel.cpp" line="54"/>
        <source>Streamed answer</source>
        <translation>Потоковый ответ</translation>
    </message>
    <message>
        <location filename="../../ui/runpanel.cpp" line="64"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/runpanel.cpp" line="163"/>
        <source>%1 in · %2%3 out</source>
        <translation>%1 вх. · %2%3 вых.</translation>
    </message>
</context>
<context>
    <name>pw::SettingsDialog</name>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="28"/>
        <source>Runs the tools on Claude through the Messages API, with streamed, structured output.</source>
        <translation>Выполняет инструменты на Claude через Messages API с потоковым структурированным выводом.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="30"/>
        <source>Speaks the retired prompt-tools protocol to a server that still implements it, such as a gateway.</source>
        <translation>Использует устаревший протокол prompt-tools с сервером, который его ещё поддерживает, например со шлюзом.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="33"/>
        <source>Any OpenAI-compatible chat completions server: Ollama, llama.cpp, LM Studio, vLLM or OpenAI.</source>
        <translation>Любой сервер chat completions, совместимый с OpenAI: Ollama, llama.cpp, LM Studio, vLLM или OpenAI.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="34"/>
        <source>Runs on this computer without a model: it templatizes and checks prompts offline. Generate and Improve need one of the other engines.</source>
        <translation>Работает на этом компьютере без модели: офлайн создаёт шаблоны и проверяет промпты. Для создания и улучшения нужен другой движок.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="73"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="76"/>
        <source>Engines</source>
        <translation>Движки</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="139"/>
        <source>%1 is set in the environment (%2) and is used instead of this URL.</source>
        <translation>Переменная %1 задана в окружении (%2) и используется вместо этого URL.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="144"/>
        <source>&amp;Base URL:</source>
        <translation>&amp;Базовый URL:</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="148"/>
        <source>Reading the keychain…</source>
        <translation>Чтение связки ключей…</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="150"/>
        <source>API key for %1</source>
        <translation>Ключ API для %1</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="153"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="155"/>
        <source>Show the key as text</source>
        <translation>Показать ключ текстом</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="166"/>
        <source>API &amp;key:</source>
        <translation>&amp;Ключ API:</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="169"/>
        <source>%1 (default)</source>
        <translation>%1 (по умолчанию)</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="171"/>
        <source>The model that runs Generate, Improve and Templatize; the target model is chosen in the window.</source>
        <translation>Модель для создания, улучшения и шаблонов; целевая модель выбирается в окне.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="173"/>
        <source>chosen by the server</source>
        <translation>выбирается сервером</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="176"/>
        <source>&amp;Tool model:</source>
        <translation>&amp;Модель инструментов:</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="180"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="182"/>
        <source>How long the server may stay silent before the request fails</source>
        <translation>Сколько сервер может молчать, прежде чем запрос завершится ошибкой</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="183"/>
        <source>T&amp;imeout:</source>
        <translation>&amp;Тайм-аут:</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="191"/>
        <source>%1 is set in the environment: that key is used, not the one entered here.</source>
        <translation>Переменная %1 задана в окружении: используется этот ключ, а не введённый здесь.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="193"/>
        <source>The claude and prompt-tools engines share this Anthropic key.</source>
        <translation>Движки claude и prompt-tools используют общий ключ Anthropic.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="195"/>
        <source>Local servers such as Ollama need no key.</source>
        <translation>Локальным серверам, например Ollama, ключ не нужен.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="196"/>
        <source>Keys are stored in the system keychain, never in the settings file.</source>
        <translation>Ключи хранятся в системной связке ключей и никогда не записываются в файл настроек.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="218"/>
        <source>Not set</source>
        <translation>Не задан</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="220"/>
        <source>The keychain could not be read: %1</source>
        <translation>Не удалось прочитать связку ключей: %1</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="298"/>
        <source>Base URL of %1: %2</source>
        <translation>Базовый URL %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="317"/>
        <source>The settings could not be written to %1.</source>
        <translation>Не удалось записать настройки в %1.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="347"/>
        <source>The key could not be stored in the keychain: %1</source>
        <translation>Не удалось сохранить ключ в связке ключей: %1</translation>
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
        <location filename="../../core/tools/postprocess.cpp" line="67"/>
        <source>The template does not match the original prompt: %1</source>
        <translation>Шаблон не соответствует исходному промпту: %1</translation>
    </message>
    <message>
        <location filename="../../core/tools/toolrun.cpp" line="35"/>
        <source>Canceled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../core/tools/toolrun.cpp" line="45"/>
        <source>Describe the task the prompt is for.</source>
        <translation>Опишите задачу, для которой нужен промпт.</translation>
    </message>
    <message>
        <location filename="../../core/tools/toolrun.cpp" line="52"/>
        <source>The prompt is empty.</source>
        <translation>Промпт пуст.</translation>
    </message>
</context>
<context>
    <name>pw::VariableCheck</name>
    <message>
        <location filename="../../core/analysis/variablecheck.cpp" line="20"/>
        <source>%1 at offset %2</source>
        <translation>%1, смещение %2</translation>
    </message>
    <message>
        <location filename="../../core/analysis/variablecheck.cpp" line="24"/>
        <source>the improved prompt dropped {{%1}} (in the original: %2)</source>
        <translation>в улучшенном промпте пропала {{%1}} (в исходном: %2)</translation>
    </message>
</context>
<context>
    <name>pw::VariableTable</name>
    <message>
        <location filename="../../ui/variabletable.cpp" line="58"/>
        <source>Variable</source>
        <translation>Переменная</translation>
    </message>
    <message>
        <location filename="../../ui/variabletable.cpp" line="58"/>
        <source>Test value</source>
        <translation>Тестовое значение</translation>
    </message>
    <message>
        <location filename="../../ui/variabletable.cpp" line="58"/>
        <source>Uses</source>
        <translation>Использований</translation>
    </message>
    <message>
        <location filename="../../ui/variabletable.cpp" line="68"/>
        <source>Variables</source>
        <translation>Переменные</translation>
    </message>
    <message>
        <location filename="../../ui/variabletable.cpp" line="88"/>
        <source>Double-click to find {{%1}} in the prompt</source>
        <translation>Дважды щёлкните, чтобы найти {{%1}} в промпте</translation>
    </message>
    <message>
        <location filename="../../ui/variabletable.cpp" line="112"/>
        <source>No test value yet: double-click to enter one</source>
        <translation>Тестового значения нет: дважды щёлкните, чтобы ввести</translation>
    </message>
</context>
<context>
    <name>pw::WorkbenchController</name>
    <message>
        <location filename="../../ui/workbenchcontroller.cpp" line="91"/>
        <source>The keychain could not be read: %1</source>
        <translation>Не удалось прочитать связку ключей: %1</translation>
    </message>
    <message>
        <location filename="../../ui/workbenchcontroller.cpp" line="110"/>
        <source>Preparing the %1 engine…</source>
        <translation>Подготовка движка %1…</translation>
    </message>
    <message>
        <location filename="../../ui/workbenchcontroller.cpp" line="125"/>
        <source>The %1 engine needs an Anthropic API key: enter one in Settings, or set %2.</source>
        <translation>Движку %1 нужен ключ Anthropic API: введите его в настройках или задайте %2.</translation>
    </message>
    <message>
        <location filename="../../ui/workbenchcontroller.cpp" line="151"/>
        <source>Canceled</source>
        <translation>Отменено</translation>
    </message>
</context>
</TS>
