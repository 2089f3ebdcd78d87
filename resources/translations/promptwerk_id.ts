<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
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
        <translation>JSON tidak valid pada offset %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchresults.cpp" line="31"/>
        <source>must be a JSON object</source>
        <translation>harus berupa objek JSON</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchresults.cpp" line="41"/>
        <source>custom_id: &quot;%1&quot; does not match ^[a-zA-Z0-9_-]{1,64}$</source>
        <translation>custom_id: &quot;%1&quot; tidak cocok dengan ^[a-zA-Z0-9_-]{1,64}$</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchresults.cpp" line="42"/>
        <source>custom_id: must be a string (found %1)</source>
        <translation>custom_id: harus berupa string (ditemukan %1)</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchresults.cpp" line="57"/>
        <source>an error without a description</source>
        <translation>galat tanpa keterangan</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchresults.cpp" line="77"/>
        <source>result: must be an object (found %1)</source>
        <translation>result: harus berupa objek (ditemukan %1)</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchresults.cpp" line="108"/>
        <source>canceled: the batch was canceled before this request ran</source>
        <translation>canceled: batch dibatalkan sebelum permintaan ini dijalankan</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchresults.cpp" line="113"/>
        <source>expired: the batch ended (after 24 hours) before this request ran</source>
        <translation>expired: batch berakhir (setelah 24 jam) sebelum permintaan ini dijalankan</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchresults.cpp" line="116"/>
        <source>result.type: &quot;%1&quot; is none of succeeded, errored, canceled, expired</source>
        <translation>result.type: &quot;%1&quot; bukan succeeded, errored, canceled, atau expired</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchresults.cpp" line="140"/>
        <source>response.status_code: must be a number (found %1)</source>
        <translation>response.status_code: harus berupa angka (ditemukan %1)</translation>
    </message>
</context>
<context>
    <name>pw::AnthropicMessage</name>
    <message>
        <location filename="../../core/api/anthropicmessage.cpp" line="28"/>
        <location filename="../../core/api/anthropicmessage.cpp" line="45"/>
        <location filename="../../core/api/anthropicmessage.cpp" line="51"/>
        <source>%1: must be a string (found %2)</source>
        <translation>%1: harus berupa string (ditemukan tipe %2)</translation>
    </message>
    <message>
        <location filename="../../core/api/anthropicmessage.cpp" line="38"/>
        <location filename="../../core/api/anthropicmessage.cpp" line="65"/>
        <source>%1: must be an object (found %2)</source>
        <translation>%1: harus berupa objek (ditemukan tipe %2)</translation>
    </message>
    <message>
        <location filename="../../core/api/anthropicmessage.cpp" line="75"/>
        <source>stream event %1 (%2): %3</source>
        <translation>event aliran %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../core/api/anthropicmessage.cpp" line="152"/>
        <source>type: expected &quot;message&quot; (found %1)</source>
        <translation>type: seharusnya &quot;message&quot; (ditemukan %1)</translation>
    </message>
    <message>
        <location filename="../../core/api/anthropicmessage.cpp" line="171"/>
        <source>%1: missing</source>
        <translation>%1: tidak ada</translation>
    </message>
    <message>
        <location filename="../../core/api/anthropicmessage.cpp" line="172"/>
        <source>%1: must be an array (found %2)</source>
        <translation>%1: harus berupa array (ditemukan tipe %2)</translation>
    </message>
    <message>
        <location filename="../../core/api/anthropicmessage.cpp" line="202"/>
        <source>data is not JSON (%1 at offset %2)</source>
        <translation>data bukan JSON (%1 pada offset %2)</translation>
    </message>
    <message>
        <location filename="../../core/api/anthropicmessage.cpp" line="207"/>
        <source>data is not a JSON object</source>
        <translation>data bukan objek JSON</translation>
    </message>
    <message>
        <location filename="../../core/api/anthropicmessage.cpp" line="218"/>
        <source>the server sent an error event: %1</source>
        <translation>server mengirim event error: %1</translation>
    </message>
    <message>
        <location filename="../../core/api/anthropicmessage.cpp" line="262"/>
        <source>index %1 names no block started before</source>
        <translation>index %1 tidak merujuk ke blok yang sudah dimulai sebelumnya</translation>
    </message>
    <message>
        <location filename="../../core/api/anthropicmessage.cpp" line="264"/>
        <source>%1: must be a number (found %2)</source>
        <translation>%1: harus berupa angka (ditemukan tipe %2)</translation>
    </message>
    <message>
        <location filename="../../core/api/anthropicmessage.cpp" line="276"/>
        <source>%1: must be a non-negative integer</source>
        <translation>%1: harus berupa bilangan bulat tidak negatif</translation>
    </message>
    <message>
        <location filename="../../core/api/anthropicmessage.cpp" line="326"/>
        <source>the joined input of tool_use block &quot;%1&quot; is not a JSON object (%2 at offset %3)</source>
        <translation>input gabungan dari blok tool_use &quot;%1&quot; bukan objek JSON (%2 pada offset %3)</translation>
    </message>
    <message>
        <location filename="../../core/api/anthropicmessage.cpp" line="331"/>
        <source>not an object</source>
        <translation>bukan objek</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/api/anthropicmessage.cpp" line="343"/>
        <source>the stream ended before message_start (%n events)</source>
        <translation>
            <numerusform>aliran berakhir sebelum message_start (%n event)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/api/anthropicmessage.cpp" line="346"/>
        <source>the stream was cut off before message_stop, after %n events and %1 characters of text</source>
        <translation>
            <numerusform>aliran terputus sebelum message_stop, setelah %n event dan %1 karakter teks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pw::ApiConfig</name>
    <message>
        <location filename="../../core/api/apiconfig.cpp" line="59"/>
        <source>the base URL &quot;%1&quot; is not an http:// or https:// URL with a host</source>
        <translation>URL dasar &quot;%1&quot; bukan URL http:// atau https:// dengan host</translation>
    </message>
    <message>
        <location filename="../../core/api/apiconfig.cpp" line="63"/>
        <source>refusing to send the API key unencrypted to %1: use https://, or http:// only to this machine (localhost, 127.0.0.1, ::1)</source>
        <translation>kunci API tidak akan dikirim tanpa enkripsi ke %1: gunakan https://, atau http:// hanya ke mesin ini (localhost, 127.0.0.1, ::1)</translation>
    </message>
</context>
<context>
    <name>pw::ApiError</name>
    <message>
        <location filename="../../core/api/apierror.cpp" line="211"/>
        <source>network error</source>
        <translation>kesalahan jaringan</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="214"/>
        <source>timeout</source>
        <translation>batas waktu habis</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="217"/>
        <source>canceled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="220"/>
        <source>invalid response</source>
        <translation>jawaban tidak valid</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="223"/>
        <source>response too large</source>
        <translation>jawaban terlalu besar</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="226"/>
        <source>stream error</source>
        <translation>kesalahan aliran</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="229"/>
        <source>insecure URL</source>
        <translation>URL tidak aman</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="232"/>
        <source>configuration error</source>
        <translation>kesalahan konfigurasi</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="242"/>
        <source>(request %1)</source>
        <translation>(permintaan %1)</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="266"/>
        <source>the server redirects to %1; redirects are not followed, set the base URL to the final address</source>
        <translation>server mengalihkan ke %1; pengalihan tidak diikuti, atur URL dasar ke alamat akhirnya</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="279"/>
        <source>unexpected JSON body: %1</source>
        <translation>isi JSON yang tidak terduga: %1</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="285"/>
        <source>the server answered with %1</source>
        <translation>server menjawab dengan %1</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="294"/>
        <source>an empty body</source>
        <translation>isi kosong</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="301"/>
        <source>an HTML page instead of JSON</source>
        <translation>halaman HTML, bukan JSON</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="302"/>
        <source>an HTML page (&quot;%1&quot;) instead of JSON</source>
        <translation>halaman HTML (&quot;%1&quot;), bukan JSON</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="304"/>
        <source>text that is not JSON: &quot;%1&quot;</source>
        <translation>teks yang bukan JSON: &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>pw::ApiJob</name>
    <message>
        <location filename="../../core/api/anthropicjobs.cpp" line="39"/>
        <location filename="../../core/api/openaijobs.cpp" line="68"/>
        <source>%1: must be an array (found %2)</source>
        <translation>%1: harus berupa array (ditemukan tipe %2)</translation>
    </message>
    <message>
        <location filename="../../core/api/anthropicjobs.cpp" line="57"/>
        <source>has_more is true, but the page has no last_id to continue after</source>
        <translation>has_more bernilai true, tetapi halaman tidak memiliki last_id untuk melanjutkan</translation>
    </message>
    <message>
        <location filename="../../core/api/anthropicjobs.cpp" line="59"/>
        <source>has_more is true, but last_id &quot;%1&quot; is the one this page started after</source>
        <translation>has_more bernilai true, tetapi last_id &quot;%1&quot; sama dengan titik awal halaman ini</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/api/anthropicjobs.cpp" line="64"/>
        <source>still has_more after %n pages; giving up</source>
        <translation>
            <numerusform>masih has_more setelah %n halaman; dihentikan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/api/anthropicjobs.cpp" line="81"/>
        <source>%1: must be a non-negative number (found %2)</source>
        <translation>%1: harus berupa angka tidak negatif (ditemukan tipe %2)</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="25"/>
        <source>%1 s</source>
        <translation>%1 dtk</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="26"/>
        <source>%1 ms</source>
        <translation>%1 mdtk</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="32"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="33"/>
        <source>%1 bytes</source>
        <translation>%1 byte</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="143"/>
        <source>the request to %1 was canceled</source>
        <translation>permintaan ke %1 dibatalkan</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="151"/>
        <source>no network manager: the API client is gone</source>
        <translation>tidak ada pengelola jaringan: klien API sudah tidak ada</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="159"/>
        <source>no API key for %1 (set ANTHROPIC_API_KEY or store a key)</source>
        <translation>tidak ada kunci API untuk %1 (atur ANTHROPIC_API_KEY atau simpan kunci)</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="163"/>
        <source>the API key contains spaces, line breaks or non-ASCII characters; check how it was pasted</source>
        <translation>kunci API berisi spasi, jeda baris, atau karakter non-ASCII; periksa cara kunci itu ditempelkan</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="168"/>
        <source>invalid anthropic-beta value &quot;%1&quot;</source>
        <translation>nilai anthropic-beta &quot;%1&quot; tidak valid</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="226"/>
        <source>cannot read the request body %1: %2</source>
        <translation>tidak dapat membaca badan permintaan %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="267"/>
        <source>the answer from %1 announces %2, more than the limit of %3</source>
        <translation>jawaban dari %1 menyatakan ukuran %2, melebihi batas %3</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="307"/>
        <source>the answer from %1 is larger than the limit of %2</source>
        <translation>jawaban dari %1 lebih besar dari batas %2</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="373"/>
        <source>no answer from %1 within %2</source>
        <translation>tidak ada jawaban dari %1 dalam %2</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="374"/>
        <source>%1 stopped sending for %2</source>
        <translation>%1 berhenti mengirim selama %2</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="390"/>
        <source>the download from %1 broke off after %2: %3</source>
        <translation>unduhan dari %1 terputus setelah %2: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/api/apijob.cpp" line="394"/>
        <source>the stream broke off after %n events: %1</source>
        <translation>
            <numerusform>aliran terputus setelah %n event: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="400"/>
        <source>%1 gave no HTTP answer</source>
        <translation>%1 tidak memberikan jawaban HTTP</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="419"/>
        <source>expected an event stream from %1, but the server answered with %2</source>
        <translation>diharapkan aliran event dari %1, tetapi server menjawab dengan %2</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="423"/>
        <source>%1 answered with %2</source>
        <translation>%1 menjawab dengan %2</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="427"/>
        <source>%1 answered with JSON that is not an object</source>
        <translation>%1 menjawab dengan JSON yang bukan objek</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="431"/>
        <source>unexpected answer from %1: %2</source>
        <translation>jawaban tak terduga dari %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="453"/>
        <source>%1 refused the connection</source>
        <translation>%1 menolak koneksi</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="456"/>
        <source>host %1 not found</source>
        <translation>host %1 tidak ditemukan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/api/apijob.cpp" line="462"/>
        <source>%1 closed the connection in the middle of the answer (after %n bytes)</source>
        <translation>
            <numerusform>%1 menutup koneksi di tengah jawaban (setelah %n byte)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="465"/>
        <source>%1 closed the connection without answering</source>
        <translation>%1 menutup koneksi tanpa menjawab</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="469"/>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>handshake TLS dengan %1 gagal: %2</translation>
    </message>
    <message>
        <location filename="../../core/api/batchjobs.cpp" line="20"/>
        <source>%1: must be %2 (found %3)</source>
        <translation>%1: harus berupa %2 (ditemukan %3)</translation>
    </message>
    <message>
        <location filename="../../core/api/batchjobs.cpp" line="31"/>
        <source>a whole number from 0</source>
        <translation>bilangan bulat mulai 0</translation>
    </message>
    <message>
        <location filename="../../core/api/batchjobs.cpp" line="45"/>
        <location filename="../../core/api/batchjobs.cpp" line="58"/>
        <source>a string</source>
        <translation>string</translation>
    </message>
    <message>
        <location filename="../../core/api/batchjobs.cpp" line="57"/>
        <source>id: &quot;%1&quot; is not a batch id</source>
        <translation>id: &quot;%1&quot; bukan id batch</translation>
    </message>
    <message>
        <location filename="../../core/api/batchjobs.cpp" line="81"/>
        <source>processing_status: &quot;%1&quot; is none of %2</source>
        <translation>processing_status: &quot;%1&quot; bukan salah satu dari %2</translation>
    </message>
    <message>
        <location filename="../../core/api/batchjobs.cpp" line="88"/>
        <source>an object</source>
        <translation>objek</translation>
    </message>
    <message>
        <location filename="../../core/api/batchjobs.cpp" line="100"/>
        <source>results_url: missing although the batch has ended</source>
        <translation>results_url: tidak ada padahal batch telah berakhir</translation>
    </message>
    <message>
        <location filename="../../core/api/batchjobs.cpp" line="119"/>
        <source>status: &quot;%1&quot; is none of %2</source>
        <translation>status: &quot;%1&quot; bukan salah satu dari %2</translation>
    </message>
    <message>
        <location filename="../../core/api/batchjobs.cpp" line="126"/>
        <source>&quot;%1&quot; is not a file id</source>
        <translation>&quot;%1&quot; bukan id berkas</translation>
    </message>
    <message>
        <location filename="../../core/api/batchjobs.cpp" line="144"/>
        <source>line %1: </source>
        <translation>baris %1: </translation>
    </message>
    <message>
        <location filename="../../core/api/batchjobs.cpp" line="148"/>
        <source>the server refused the batch</source>
        <translation>server menolak batch</translation>
    </message>
    <message>
        <location filename="../../core/api/batchjobs.cpp" line="206"/>
        <source>a file id</source>
        <translation>id berkas</translation>
    </message>
    <message>
        <location filename="../../core/api/batchjobs.cpp" line="258"/>
        <source>line %1 of the answer from %2 is longer than %3 MiB</source>
        <translation>baris %1 jawaban dari %2 lebih panjang dari %3 MiB</translation>
    </message>
    <message>
        <location filename="../../core/api/batchjobs.cpp" line="346"/>
        <source>the batch&apos;s results_url %1 is not on the API server %2; the API key is only sent there</source>
        <translation>results_url batch %1 tidak berada di server API %2; kunci API hanya dikirim ke sana</translation>
    </message>
</context>
<context>
    <name>pw::AssertionEditor</name>
    <message>
        <location filename="../../ui/evaluate/assertioneditor.cpp" line="24"/>
        <source>&amp;Add</source>
        <translation>&amp;Tambah</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/assertioneditor.cpp" line="25"/>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/assertioneditor.cpp" line="26"/>
        <source>&amp;Not (passes when the check fails)</source>
        <translation>&amp;Bukan (lulus saat pemeriksaan gagal)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/assertioneditor.cpp" line="27"/>
        <source>T&amp;hreshold:</source>
        <translation>Amba&amp;ng:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/assertioneditor.cpp" line="29"/>
        <source>The case passes when its &amp;score reaches:</source>
        <translation>Kasus lulus saat &amp;skornya mencapai:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/assertioneditor.cpp" line="32"/>
        <source>Assertions of %1</source>
        <translation>Asersi %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/assertioneditor.cpp" line="47"/>
        <source>e.g. Paris; a list: a,b,c; is-json: a JSON Schema</source>
        <translation>mis. Paris; daftar: a,b,c; is-json: JSON Schema</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/assertioneditor.cpp" line="69"/>
        <source>&amp;Type:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/assertioneditor.cpp" line="71"/>
        <source>&amp;Value:</source>
        <translation>&amp;Nilai:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/assertioneditor.cpp" line="72"/>
        <source>&amp;Weight:</source>
        <translation>&amp;Bobot:</translation>
    </message>
</context>
<context>
    <name>pw::AtomicWrite</name>
    <message>
        <location filename="../../core/document/atomicwrite.cpp" line="20"/>
        <source>cannot write %1: %2</source>
        <translation>tidak dapat menulis %1: %2</translation>
    </message>
</context>
<context>
    <name>pw::AutosaveStore</name>
    <message>
        <location filename="../../core/document/autosavestore.cpp" line="75"/>
        <source>autosave: &quot;%1&quot; is not a valid key (use AutosaveStore::newKey())</source>
        <translation>simpan otomatis: &quot;%1&quot; bukan kunci yang valid (gunakan AutosaveStore::newKey())</translation>
    </message>
    <message>
        <location filename="../../core/document/autosavestore.cpp" line="82"/>
        <source>cannot create the autosave folder %1</source>
        <translation>tidak dapat membuat folder simpan otomatis %1</translation>
    </message>
    <message>
        <location filename="../../core/document/autosavestore.cpp" line="124"/>
        <source>invalid JSON at byte %1: %2</source>
        <translation>JSON tidak valid pada byte %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/document/autosavestore.cpp" line="129"/>
        <source>not a Promptwerk recovery file</source>
        <translation>bukan berkas pemulihan Promptwerk</translation>
    </message>
    <message>
        <location filename="../../core/document/autosavestore.cpp" line="133"/>
        <source>recovery file version %1 is not one this Promptwerk reads (%2)</source>
        <translation>versi berkas pemulihan %1 tidak dapat dibaca oleh Promptwerk ini (%2)</translation>
    </message>
    <message>
        <location filename="../../core/document/autosavestore.cpp" line="144"/>
        <source>%1: must be an object</source>
        <translation>%1: harus berupa objek</translation>
    </message>
    <message>
        <location filename="../../core/document/autosavestore.cpp" line="175"/>
        <source>autosave: &quot;%1&quot; is not a valid key</source>
        <translation>simpan otomatis: &quot;%1&quot; bukan kunci yang valid</translation>
    </message>
</context>
<context>
    <name>pw::BatchRun</name>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="71"/>
        <source>invalid JSON at offset %1: %2</source>
        <translation>JSON tidak valid pada offset %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="77"/>
        <source>not a batch state file (format must be &quot;promptwerk-batch-state&quot;)</source>
        <translation>bukan berkas status batch (format harus &quot;promptwerk-batch-state&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="79"/>
        <source>version: must be 1</source>
        <translation>version: harus 1</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="82"/>
        <source>runs: must be an array</source>
        <translation>runs: harus berupa larik</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="89"/>
        <source>.id: must be a string</source>
        <translation>.id: harus berupa string</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="95"/>
        <source>must be a batch id</source>
        <translation>harus berupa id batch</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="166"/>
        <source>The batch run stopped: %1. Its batches keep running at the server; resume the run to read their results.</source>
        <translation>Proses batch berhenti: %1. Batch-nya tetap berjalan di server; lanjutkan proses untuk membaca hasilnya.</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="206"/>
        <source>the runs of one batch run must use one engine&apos;s API</source>
        <translation>proses dalam satu proses batch harus memakai API satu mesin</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="207"/>
        <source>the %1 engine cannot run prompts in batches</source>
        <translation>mesin %1 tidak dapat menjalankan prompt dalam batch</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="219"/>
        <source>&quot;%1&quot; is not a batch id</source>
        <translation>&quot;%1&quot; bukan id batch</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="306"/>
        <source>cannot create a temporary folder for the batch requests: %1</source>
        <translation>tidak dapat membuat folder sementara untuk permintaan batch: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="325"/>
        <source>the request is larger than a batch may be (%1 bytes)</source>
        <translation>permintaan lebih besar daripada batas batch (%1 byte)</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="345"/>
        <location filename="../../core/eval/batchrun.cpp" line="391"/>
        <source>cannot write the batch requests to %1: %2</source>
        <translation>tidak dapat menulis permintaan batch ke %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="417"/>
        <source>cannot write the batch requests to %1</source>
        <translation>tidak dapat menulis permintaan batch ke %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="500"/>
        <source>%1 has no batch API (%2): the cells run as concurrent requests at the usual price.</source>
        <translation>%1 tidak memiliki API batch (%2): sel dijalankan sebagai permintaan serentak dengan harga biasa.</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="607"/>
        <source>batch %1 failed: %2</source>
        <translation>batch %1 gagal: %2</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="698"/>
        <source>batch %1, results line %2: %3</source>
        <translation>batch %1, baris hasil %2: %3</translation>
    </message>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="743"/>
        <source>batch %1 has no result for this request</source>
        <translation>batch %1 tidak memiliki hasil untuk permintaan ini</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/eval/batchrun.cpp" line="755"/>
        <source>%n result lines could not be read; the first: %1</source>
        <translation>
            <numerusform>%n baris hasil tidak dapat dibaca; yang pertama: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/eval/batchrun.cpp" line="761"/>
        <source>batch %1: %n result lines match no cell of these runs</source>
        <translation>
            <numerusform>batch %1: %n baris hasil tidak cocok dengan sel mana pun dari proses ini</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/eval/batchrun.cpp" line="783"/>
        <source>file %1 could not be deleted from the server: %2</source>
        <translation>file %1 tidak dapat dihapus dari server: %2</translation>
    </message>
</context>
<context>
    <name>pw::CaseFiles</name>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="259"/>
        <location filename="../../core/eval/casefiles.cpp" line="512"/>
        <source>must be an object (found %1)</source>
        <translation>harus berupa objek (ditemukan %1)</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="113"/>
        <source>the YAML expands to more than %1 values</source>
        <translation>YAML mengembang menjadi lebih dari %1 nilai</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="136"/>
        <source>line %1: a key must be a plain value</source>
        <translation>baris %1: kunci harus berupa nilai sederhana</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="169"/>
        <source>invalid YAML: %1</source>
        <translation>YAML tidak valid: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="224"/>
        <source>a test must be an object or a &quot;file://&quot; reference (found &quot;%1&quot;)</source>
        <translation>tes harus berupa objek atau rujukan &quot;file://&quot; (ditemukan &quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="228"/>
        <source>file references are not followed here (&quot;%1&quot;)</source>
        <translation>rujukan file tidak diikuti di sini (&quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="232"/>
        <source>file patterns are not supported (&quot;%1&quot;)</source>
        <translation>pola file tidak didukung (&quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="335"/>
        <source>promptfoo&apos;s assertion type &quot;%1&quot; is not supported by Promptwerk</source>
        <translation>jenis asersi promptfoo &quot;%1&quot; tidak didukung oleh Promptwerk</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="106"/>
        <source>line %1: the YAML nests deeper than %2 levels (or an alias refers to itself)</source>
        <translation>baris %1: YAML bersarang lebih dari %2 tingkat (atau sebuah alias merujuk ke dirinya sendiri)</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="378"/>
        <source>the file is empty: there is no header row</source>
        <translation>file kosong: tidak ada baris judul</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="389"/>
        <source>a column has no name</source>
        <translation>ada kolom tanpa nama</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="391"/>
        <source>the column &quot;%1&quot; appears twice</source>
        <translation>kolom &quot;%1&quot; muncul dua kali</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="393"/>
        <source>the column &quot;%1&quot; changes the prompt, which Promptwerk does not support; add the text to the prompt instead</source>
        <translation>kolom &quot;%1&quot; mengubah prompt, yang tidak didukung Promptwerk; tambahkan teksnya ke prompt sebagai gantinya</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="401"/>
        <source>unknown column &quot;%1&quot;</source>
        <translation>kolom tidak dikenal &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="439"/>
        <source>must be a number (found &quot;%1&quot;)</source>
        <translation>harus berupa angka (ditemukan &quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="479"/>
        <source>each line must be a JSON object (a test case)</source>
        <translation>setiap baris harus berupa objek JSON (satu kasus uji)</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="499"/>
        <source>expected a promptfoo config or a list of tests</source>
        <translation>diharapkan konfigurasi promptfoo atau daftar tes</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="504"/>
        <source>the config has no tests</source>
        <translation>konfigurasi tidak memiliki tes</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="507"/>
        <source>must be a list of tests or a &quot;file://&quot; reference (found %1)</source>
        <translation>harus berupa daftar tes atau rujukan &quot;file://&quot; (ditemukan %1)</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="521"/>
        <source>cannot read the file: %1</source>
        <translation>tidak dapat membaca file: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="537"/>
        <source>expected a JSON array of tests</source>
        <translation>diharapkan array JSON berisi tes</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="542"/>
        <source>unknown kind of test case file (use .csv, .jsonl, .yaml or .json)</source>
        <translation>jenis file kasus uji tidak dikenal (gunakan .csv, .jsonl, .yaml, atau .json)</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="588"/>
        <source>the variable &quot;%1&quot; cannot be a CSV column: names starting with &quot;__&quot; are reserved there</source>
        <translation>variabel &quot;%1&quot; tidak bisa menjadi kolom CSV: nama yang diawali &quot;__&quot; dicadangkan di sana</translation>
    </message>
    <message>
        <location filename="../../core/eval/casefiles.cpp" line="619"/>
        <source>%1: assertion %2 (%3) cannot be written as a CSV cell: its weight, grader, rubric prompt, metric or value has no CSV form; export to JSON Lines instead</source>
        <translation>%1: asersi %2 (%3) tidak bisa ditulis sebagai sel CSV: bobot, model penilai, prompt rubrik, metrik, atau nilainya tidak punya bentuk CSV; ekspor ke JSON Lines sebagai gantinya</translation>
    </message>
</context>
<context>
    <name>pw::CaseGeneration</name>
    <message>
        <location filename="../../core/eval/casegeneration.cpp" line="88"/>
        <source>the tool model&apos;s answer is not JSON: %1</source>
        <translation>jawaban model alat bukan JSON: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/casegeneration.cpp" line="92"/>
        <source>the tool model&apos;s answer is not a list of test cases: %1</source>
        <translation>jawaban model alat bukan daftar kasus uji: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/casegeneration.cpp" line="98"/>
        <source>the tool model&apos;s answer holds no test cases</source>
        <translation>jawaban model alat tidak berisi kasus uji</translation>
    </message>
</context>
<context>
    <name>pw::CaseGenerator</name>
    <message>
        <location filename="../../ui/evaluate/casegenerator.cpp" line="28"/>
        <source>The %1 engine has no language model to ask for test cases. Choose an engine with a tool model in the toolbar.</source>
        <translation>Mesin %1 tidak punya model bahasa untuk dimintai kasus uji. Pilih mesin dengan model alat di bilah alat.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/casegenerator.cpp" line="95"/>
        <source>The tool model refused to write these test cases.</source>
        <translation>Model alat menolak menulis kasus uji ini.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/casegenerator.cpp" line="99"/>
        <source>The tool model&apos;s answer was cut off before its end: ask for fewer cases.</source>
        <translation>Jawaban model alat terpotong sebelum selesai: minta lebih sedikit kasus.</translation>
    </message>
</context>
<context>
    <name>pw::ChatCompletion</name>
    <message>
        <location filename="../../core/api/chatcompletion.cpp" line="35"/>
        <source>%1: must be a string (found %2)</source>
        <translation>%1: harus berupa string (ditemukan tipe %2)</translation>
    </message>
    <message>
        <location filename="../../core/api/chatcompletion.cpp" line="49"/>
        <source>the server sent an error chunk without a message</source>
        <translation>server mengirim chunk error tanpa pesan</translation>
    </message>
    <message>
        <location filename="../../core/api/chatcompletion.cpp" line="59"/>
        <location filename="../../core/api/chatcompletion.cpp" line="100"/>
        <source>%1: must be an object (found %2)</source>
        <translation>%1: harus berupa objek (ditemukan tipe %2)</translation>
    </message>
    <message>
        <location filename="../../core/api/chatcompletion.cpp" line="75"/>
        <source>%1: must be a non-negative number (found %2)</source>
        <translation>%1: harus berupa angka tidak negatif (ditemukan tipe %2)</translation>
    </message>
    <message>
        <location filename="../../core/api/chatcompletion.cpp" line="92"/>
        <source>%1: must be a non-empty array of objects</source>
        <translation>%1: harus berupa array objek yang tidak kosong</translation>
    </message>
    <message>
        <location filename="../../core/api/chatcompletion.cpp" line="128"/>
        <source>stream chunk %1: %2</source>
        <translation>chunk aliran %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/api/chatcompletion.cpp" line="133"/>
        <source>data is not JSON (%1 at offset %2)</source>
        <translation>data bukan JSON (%1 pada offset %2)</translation>
    </message>
    <message>
        <location filename="../../core/api/chatcompletion.cpp" line="137"/>
        <source>data is not a JSON object</source>
        <translation>data bukan objek JSON</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/api/chatcompletion.cpp" line="178"/>
        <source>the stream was cut off before [DONE], after %n chunks and %1 characters of text</source>
        <translation>
            <numerusform>aliran terputus sebelum [DONE], setelah %n chunk dan %1 karakter teks</numerusform>
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
        <translation>&amp;Jadikan Variabel…</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="63"/>
        <source>Untick a variable to keep its text, double-click a name to rename it, select text in the panes to make it a variable.</source>
        <translation>Hapus centang variabel untuk mempertahankan teksnya, klik dua kali nama untuk mengganti namanya, pilih teks di panel untuk menjadikannya variabel.</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="81"/>
        <source>Make the text selected in the panes a variable, wherever it stands as a whole word</source>
        <translation>Jadikan teks yang dipilih di panel sebagai variabel, di mana pun ia muncul sebagai kata utuh</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="89"/>
        <source>Variable</source>
        <translation>Variabel</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="89"/>
        <source>Value found</source>
        <translation>Nilai yang ditemukan</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="95"/>
        <source>Values found</source>
        <translation>Nilai yang ditemukan</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="140"/>
        <source>&lt;a href=&quot;#place&quot;&gt;%1&lt;/a&gt;: %2</source>
        <translation>&lt;a href=&quot;#place&quot;&gt;%1&lt;/a&gt;: %2</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="141"/>
        <source>Show %1 in the editors</source>
        <translation>Tampilkan %1 di editor</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="174"/>
        <source>Untick to keep the text instead of {{%1}}</source>
        <translation>Hapus centang untuk mempertahankan teks alih-alih {{%1}}</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="175"/>
        <source>Tick to make the text {{%1}} again</source>
        <translation>Centang untuk menjadikan teks {{%1}} lagi</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="216"/>
        <source>“%1” cannot be a variable name: use letters, digits and underscores, e.g. TRAVELLER_NAME.</source>
        <translation>“%1” tidak bisa menjadi nama variabel: gunakan huruf, angka, dan garis bawah, mis. TRAVELLER_NAME.</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="226"/>
        <source>%1 is already a variable of this prompt: choose another name.</source>
        <translation>%1 sudah menjadi variabel prompt ini: pilih nama lain.</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="261"/>
        <source>Current prompt</source>
        <translation>Prompt saat ini</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="261"/>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="273"/>
        <source>“%1” is not in the prompt&apos;s own text as a whole word: only text outside {{VARIABLES}} can become one.</source>
        <translation>“%1” tidak ada di teks prompt sebagai kata utuh: hanya teks di luar {{VARIABLES}} yang bisa menjadi variabel.</translation>
    </message>
</context>
<context>
    <name>pw::Csv</name>
    <message>
        <location filename="../../core/eval/csv.cpp" line="80"/>
        <source>a quote inside a field that does not start with one (quote the whole field and double the quote)</source>
        <translation>ada tanda kutip di dalam bidang yang tidak diawali tanda kutip (kutip seluruh bidang dan gandakan tanda kutipnya)</translation>
    </message>
    <message>
        <location filename="../../core/eval/csv.cpp" line="91"/>
        <source>the quoted field is never closed</source>
        <translation>bidang berkutip tidak pernah ditutup</translation>
    </message>
    <message>
        <location filename="../../core/eval/csv.cpp" line="105"/>
        <source>text after the closing quote of a field (found &quot;%1&quot;)</source>
        <translation>ada teks setelah tanda kutip penutup bidang (ditemukan &quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/eval/csv.cpp" line="116"/>
        <source>%1 fields where the header has %2</source>
        <translation>%1 bidang, padahal judul memiliki %2</translation>
    </message>
    <message>
        <location filename="../../core/eval/csv.cpp" line="149"/>
        <source>the file is not UTF-8 text</source>
        <translation>file bukan teks UTF-8</translation>
    </message>
</context>
<context>
    <name>pw::DiffView</name>
    <message>
        <location filename="../../ui/diffview.cpp" line="45"/>
        <source>Previous change</source>
        <translation>Perubahan sebelumnya</translation>
    </message>
    <message>
        <location filename="../../ui/diffview.cpp" line="48"/>
        <source>Next change</source>
        <translation>Perubahan berikutnya</translation>
    </message>
    <message>
        <location filename="../../ui/diffview.cpp" line="61"/>
        <source>Ignore whitespace</source>
        <translation>Abaikan spasi</translation>
    </message>
    <message>
        <location filename="../../ui/diffview.cpp" line="150"/>
        <source>Comparing…</source>
        <translation>Membandingkan…</translation>
    </message>
    <message>
        <location filename="../../ui/diffview.cpp" line="212"/>
        <source>Variables added: %1</source>
        <translation>Variabel ditambahkan: %1</translation>
    </message>
    <message>
        <location filename="../../ui/diffview.cpp" line="214"/>
        <source>Variables removed: %1</source>
        <translation>Variabel dihapus: %1</translation>
    </message>
    <message>
        <location filename="../../ui/diffview.cpp" line="216"/>
        <source>Renamed: %1 → %2</source>
        <translation>Diganti nama: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/diffview.cpp" line="351"/>
        <source> replaces “%1”</source>
        <translation> menggantikan “%1”</translation>
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
        <translation>%1 tidak dapat dibuka.</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="175"/>
        <source>%1 could not be read.</source>
        <translation>%1 tidak dapat dibaca.</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="181"/>
        <location filename="../../ui/documentcontroller.cpp" line="233"/>
        <location filename="../../ui/documentcontroller.cpp" line="238"/>
        <source>%1 could not be imported.</source>
        <translation>%1 tidak dapat diimpor.</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="196"/>
        <source>Opening %1…</source>
        <translation>Membuka %1…</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="243"/>
        <source>Import %1</source>
        <translation>Impor %1</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="255"/>
        <source>The prompt could not be saved.</source>
        <translation>Prompt tidak dapat disimpan.</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="263"/>
        <source>Saved %1</source>
        <translation>%1 disimpan</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="290"/>
        <source>The prompt could not be exported as %1.</source>
        <translation>Prompt tidak dapat diekspor sebagai %1.</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="295"/>
        <source>The prompt could not be exported.</source>
        <translation>Prompt tidak dapat diekspor.</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="298"/>
        <source>Exported %1</source>
        <translation>%1 diekspor</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="90"/>
        <source>Untitled</source>
        <translation>Tanpa judul</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="362"/>
        <source>Restore Revision %1</source>
        <translation>Pulihkan Revisi %1</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="365"/>
        <source>Revision %1 restored as revision %2. %3 brings the previous prompt back.</source>
        <translation>Revisi %1 dipulihkan sebagai revisi %2. %3 mengembalikan prompt sebelumnya.</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="441"/>
        <source>Autosave failed: %1</source>
        <translation>Simpan otomatis gagal: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="472"/>
        <source>The unsaved work could not be recovered.</source>
        <translation>Pekerjaan yang belum disimpan tidak dapat dipulihkan.</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="487"/>
        <source>Unsaved work recovered. Save it to keep it.</source>
        <translation>Pekerjaan yang belum disimpan telah dipulihkan. Simpan agar tidak hilang.</translation>
    </message>
</context>
<context>
    <name>pw::DocumentFile</name>
    <message>
        <location filename="../../core/document/documentreader.h" line="48"/>
        <location filename="../../core/document/documentreader.h" line="93"/>
        <location filename="../../core/document/documentreader.h" line="186"/>
        <source>a string</source>
        <translation>string</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="58"/>
        <location filename="../../core/document/documentreader.h" line="63"/>
        <location filename="../../core/document/documentreader.h" line="206"/>
        <source>is required</source>
        <translation>wajib diisi</translation>
    </message>
    <message>
        <location filename="../../core/document/documentreader.h" line="64"/>
        <source>must be a whole number from 1 up (found %1)</source>
        <translation>harus berupa bilangan bulat mulai dari 1 (ditemukan %1)</translation>
    </message>
    <message>
        <location filename="../../core/document/documentreader.h" line="76"/>
        <location filename="../../core/document/documentreader.h" line="196"/>
        <source>an object</source>
        <translation>objek</translation>
    </message>
    <message>
        <location filename="../../core/document/documentreader.h" line="138"/>
        <source>a number</source>
        <translation>sebuah angka</translation>
    </message>
    <message>
        <location filename="../../core/document/documentreader.h" line="154"/>
        <source>must be a whole number from 0 up (found %1)</source>
        <translation>harus bilangan bulat mulai dari 0 (ditemukan %1)</translation>
    </message>
    <message>
        <location filename="../../core/document/documentreader.h" line="165"/>
        <source>true or false</source>
        <translation>true atau false</translation>
    </message>
    <message>
        <location filename="../../core/document/documentreader.h" line="175"/>
        <source>an array</source>
        <translation>sebuah array</translation>
    </message>
    <message>
        <location filename="../../core/document/documentreader.h" line="207"/>
        <source>must be %1 (found %2)</source>
        <translation>harus berupa %1 (ditemukan tipe %2)</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="57"/>
        <source>must be a number from 0 to 1 (found %1)</source>
        <translation>harus berupa angka dari 0 sampai 1 (ditemukan %1)</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="65"/>
        <source>must not be more than total (%1 of %2)</source>
        <translation>tidak boleh lebih dari total (%1 dari %2)</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="120"/>
        <source>must be an object (found %1)</source>
        <translation>harus berupa objek (ditemukan tipe %1)</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="127"/>
        <source>must be greater than the id before it (%1 after %2)</source>
        <translation>harus lebih besar dari id sebelumnya (%1 setelah %2)</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="142"/>
        <location filename="../../core/document/evaljson.cpp" line="134"/>
        <source>must be one of %1 (found &quot;%2&quot;)</source>
        <translation>harus salah satu dari %1 (ditemukan &quot;%2&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="152"/>
        <location filename="../../core/document/evaljson.cpp" line="241"/>
        <source>must be an ISO 8601 date and time like 2026-11-01T09:30:00Z (found &quot;%1&quot;)</source>
        <translation>harus berupa tanggal dan waktu ISO 8601 seperti 2026-11-01T09:30:00Z (ditemukan &quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="170"/>
        <source>must name an earlier revision (found %1)</source>
        <translation>harus menunjuk revisi sebelumnya (ditemukan %1)</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="218"/>
        <source>not a Promptwerk document (it has no &quot;format&quot;: &quot;promptwerk&quot;)</source>
        <translation>bukan dokumen Promptwerk (tidak ada &quot;format&quot;: &quot;promptwerk&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="223"/>
        <source>%1: must be &quot;%2&quot; (found %3)</source>
        <translation>%1: harus &quot;%2&quot; (ditemukan %3)</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="233"/>
        <source>%1: the file is format version %2, newer than this Promptwerk reads (up to %3); open it with a newer Promptwerk</source>
        <translation>%1: berkas ini berformat versi %2, lebih baru dari yang dapat dibaca Promptwerk ini (hingga %3); buka dengan Promptwerk yang lebih baru</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="247"/>
        <source>must be an array (found %1)</source>
        <translation>harus berupa array (ditemukan tipe %1)</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="290"/>
        <source>%1: not a Promptwerk document (the file must hold a JSON object)</source>
        <translation>%1: bukan dokumen Promptwerk (berkas harus berisi objek JSON)</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="305"/>
        <source>cannot read %1: %2</source>
        <translation>tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/document/evaljson.cpp" line="107"/>
        <location filename="../../core/document/evaljson.cpp" line="120"/>
        <source>must not be empty</source>
        <translation>tidak boleh kosong</translation>
    </message>
    <message>
        <location filename="../../core/document/evaljson.cpp" line="109"/>
        <source>&quot;%1&quot; is used twice</source>
        <translation>&quot;%1&quot; dipakai dua kali</translation>
    </message>
    <message>
        <location filename="../../core/document/evaljson.cpp" line="166"/>
        <source>must be from 1 to 5 (found %1)</source>
        <translation>harus dari 1 sampai 5 (ditemukan %1)</translation>
    </message>
    <message>
        <location filename="../../core/document/evaljson.cpp" line="233"/>
        <source>names no revision of this document (found %1)</source>
        <translation>tidak menunjuk revisi mana pun dari dokumen ini (ditemukan %1)</translation>
    </message>
</context>
<context>
    <name>pw::DocumentPage</name>
    <message>
        <location filename="../../ui/documentpage.cpp" line="69"/>
        <source>Generate</source>
        <translation>Buat</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="69"/>
        <source>Generating a prompt…</source>
        <translation>Membuat prompt…</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="69"/>
        <source>Generated prompt</source>
        <translation>Prompt yang dibuat</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="72"/>
        <source>Improve</source>
        <translation>Perbaiki</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="72"/>
        <source>Improving the prompt…</source>
        <translation>Memperbaiki prompt…</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="72"/>
        <source>Improved prompt</source>
        <translation>Prompt yang diperbaiki</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="77"/>
        <source>Templatize</source>
        <translation>Jadikan Templat</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="77"/>
        <source>Templatizing the prompt…</source>
        <translation>Menjadikan prompt templat…</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="77"/>
        <source>Templatized prompt</source>
        <translation>Prompt templat</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="84"/>
        <source>%1 in · %2 out</source>
        <translation>%1 masuk · %2 keluar</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="214"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="217"/>
        <source>Evaluate</source>
        <translation>Evaluasi</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="280"/>
        <source>Optional: who the model is, the rules it follows, the context it needs.</source>
        <translation>Opsional: siapa model ini, aturan yang diikutinya, konteks yang diperlukannya.</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="281"/>
        <source>System prompt</source>
        <translation>Prompt sistem</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="284"/>
        <source>&amp;System prompt</source>
        <translation>Pr&amp;ompt sistem</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="289"/>
        <source>Messa&amp;ges</source>
        <translation>Pe&amp;san</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="291"/>
        <source>%1 add · %2 remove · %3 role</source>
        <translation>%1 tambah · %2 hapus · %3 peran</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="295"/>
        <source>Move the current message with %1 and %2.</source>
        <translation>Pindahkan pesan saat ini dengan %1 dan %2.</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="306"/>
        <source>Optional: what Improve should change, e.g. “Make the answers shorter and add an example.”</source>
        <translation>Opsional: apa yang harus diubah oleh Perbaiki, mis. “Buat jawaban lebih singkat dan tambahkan contoh.”</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="308"/>
        <source>Feedback for Improve</source>
        <translation>Masukan untuk Perbaiki</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="310"/>
        <source>Feed&amp;back for Improve</source>
        <translation>&amp;Masukan untuk Perbaiki</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="381"/>
        <source>Editing is paused while %1 runs — %2 (%3) to edit.</source>
        <translation>Penyuntingan dijeda selama %1 berjalan — %2 (%3) untuk menyunting.</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="384"/>
        <source>Editing is paused until the result is accepted (%1) or rejected (%2).</source>
        <translation>Penyuntingan dijeda sampai hasil diterima (%1) atau ditolak (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="466"/>
        <source>Last run: %1</source>
        <translation>Proses terakhir: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="466"/>
        <source>Last run: no tokens</source>
        <translation>Proses terakhir: tanpa token</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="467"/>
        <location filename="../../ui/documentpage.cpp" line="493"/>
        <location filename="../../ui/documentpage.cpp" line="671"/>
        <source>Request %1</source>
        <translation>Permintaan %1</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="474"/>
        <source>No values to turn into variables were found.</source>
        <translation>Tidak ditemukan nilai yang bisa dijadikan variabel.</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="474"/>
        <source>The prompt stays as it is.</source>
        <translation>Prompt tetap seperti semula.</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="482"/>
        <source>%1 finished: accept the result (%2) or reject it (%3).</source>
        <translation>%1 selesai: terima hasilnya (%2) atau tolak (%3).</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="497"/>
        <source>%1 canceled.</source>
        <translation>%1 dibatalkan.</translation>
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
        <translation>ID permintaan: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="519"/>
        <source>%1 failed: %2</source>
        <translation>%1 gagal: %2</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="535"/>
        <source>Optimized prompt</source>
        <translation>Prompt yang dioptimalkan</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="537"/>
        <source>Optimization finished: the winner is beside the prompt; accept it (%1) or reject it (%2).</source>
        <translation>Optimasi selesai: pemenangnya ada di samping prompt; terima (%1) atau tolak (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="554"/>
        <source>Accept Optimized Prompt</source>
        <translation>Terima Prompt yang Dioptimalkan</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="589"/>
        <source>Accept %1 Result</source>
        <translation>Terima Hasil %1</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="561"/>
        <source>Result applied. %1 brings the previous prompt back.</source>
        <translation>Hasil diterapkan. %1 mengembalikan prompt sebelumnya.</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="602"/>
        <source>Result discarded.</source>
        <translation>Hasil dibuang.</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="674"/>
        <source>Run finished: %1.</source>
        <translation>Proses selesai: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="677"/>
        <source>Stopped before the answer was complete.</source>
        <translation>Dihentikan sebelum jawaban selesai.</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="678"/>
        <source>Run Prompt canceled.</source>
        <translation>Menjalankan prompt dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="682"/>
        <location filename="../../ui/documentpage.cpp" line="727"/>
        <source>Run Prompt</source>
        <translation>Jalankan Prompt</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="716"/>
        <source>%1 has no test value: type one in the Variables table</source>
        <translation>%1 tidak memiliki nilai uji: ketik nilainya di tabel Variabel</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="768"/>
        <source>Open Prompt</source>
        <translation>Buka Prompt</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="769"/>
        <source>Prompts (*.%1 *.json *.txt *.md *.markdown);;Promptwerk documents (*.%1);;All files (*)</source>
        <translation>Prompt (*.%1 *.json *.txt *.md *.markdown);;Dokumen Promptwerk (*.%1);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="788"/>
        <source>Import Prompt</source>
        <translation>Impor Prompt</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="789"/>
        <source>Prompt files (*.json *.txt *.md *.markdown);;All files (*)</source>
        <translation>Berkas prompt (*.json *.txt *.md *.markdown);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="797"/>
        <source>prompt</source>
        <translation>prompt</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="821"/>
        <source>Save Prompt</source>
        <translation>Simpan Prompt</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="821"/>
        <source>Promptwerk documents (*.%1)</source>
        <translation>Dokumen Promptwerk (*.%1)</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="835"/>
        <source>Unsaved Changes</source>
        <translation>Perubahan Belum Disimpan</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="836"/>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 memiliki perubahan yang belum disimpan. Simpan?</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="863"/>
        <source>an untitled prompt</source>
        <translation>prompt tanpa judul</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="867"/>
        <source>&amp;Recover</source>
        <translation>&amp;Pulihkan</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="876"/>
        <source>&amp;Discard</source>
        <translation>&amp;Buang</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="885"/>
        <source>Unsaved work on %1 from %2 was kept when Promptwerk last closed.</source>
        <translation>Pekerjaan yang belum disimpan pada %1 dari %2 disimpan saat Promptwerk terakhir ditutup.</translation>
    </message>
    <message>
        <location filename="../../ui/documentpage.cpp" line="886"/>
        <source>Recover it, or discard the copy.</source>
        <translation>Pulihkan, atau buang salinannya.</translation>
    </message>
</context>
<context>
    <name>pw::Engine</name>
    <message>
        <location filename="../../core/tools/engine.cpp" line="140"/>
        <source>unknown engine &quot;%1&quot; (choose %2)</source>
        <translation>mesin &quot;%1&quot; tidak dikenal (pilih %2)</translation>
    </message>
</context>
<context>
    <name>pw::EngineChooser</name>
    <message>
        <location filename="../../ui/enginechooser.cpp" line="23"/>
        <source>The model the prompt is written for. Any model id can be typed.</source>
        <translation>Model yang menjadi sasaran prompt. ID model apa pun dapat diketik.</translation>
    </message>
    <message>
        <location filename="../../ui/enginechooser.cpp" line="32"/>
        <source>E&amp;ngine:</source>
        <translation>Mes&amp;in:</translation>
    </message>
    <message>
        <location filename="../../ui/enginechooser.cpp" line="38"/>
        <source>Where the tools run</source>
        <translation>Tempat alat dijalankan</translation>
    </message>
    <message>
        <location filename="../../ui/enginechooser.cpp" line="45"/>
        <source>Target mode&amp;l:</source>
        <translation>Mode&amp;l sasaran:</translation>
    </message>
    <message>
        <location filename="../../ui/enginechooser.cpp" line="47"/>
        <source>any model</source>
        <translation>model apa pun</translation>
    </message>
    <message>
        <location filename="../../ui/enginechooser.cpp" line="67"/>
        <source>The model the prompt is written for. Any model id can be typed.
%1
Showing the models known before.</source>
        <translation>Model yang menjadi sasaran prompt. ID model apa pun dapat diketik.
%1
Menampilkan model yang dikenal sebelumnya.</translation>
    </message>
</context>
<context>
    <name>pw::EngineConfigLookup</name>
    <message>
        <location filename="../../core/tools/engineconfiglookup.cpp" line="26"/>
        <source>The %1 engine needs an Anthropic API key: enter one in Settings, or set %2.</source>
        <translation>Mesin %1 memerlukan kunci API Anthropic: masukkan di Pengaturan, atau atur %2.</translation>
    </message>
    <message>
        <location filename="../../core/tools/engineconfiglookup.cpp" line="31"/>
        <source>The keychain could not be read: %1</source>
        <translation>Keychain tidak dapat dibaca: %1</translation>
    </message>
</context>
<context>
    <name>pw::EngineInfo</name>
    <message>
        <location filename="../../core/tools/engineregistry.cpp" line="34"/>
        <source>Claude through the Messages API (needs an Anthropic API key)</source>
        <translation>Claude melalui Messages API (memerlukan kunci API Anthropic)</translation>
    </message>
    <message>
        <location filename="../../core/tools/engineregistry.cpp" line="35"/>
        <source>Runs the tools on Claude through the Messages API, with streamed, structured output.</source>
        <translation>Menjalankan alat di Claude melalui Messages API, dengan keluaran terstruktur yang dialirkan.</translation>
    </message>
    <message>
        <location filename="../../core/tools/engineregistry.cpp" line="51"/>
        <source>A server that speaks the prompt-tools protocol</source>
        <translation>Server yang mendukung protokol prompt-tools</translation>
    </message>
    <message>
        <location filename="../../core/tools/engineregistry.cpp" line="52"/>
        <source>Speaks the retired prompt-tools protocol to a server that still implements it, such as a gateway.</source>
        <translation>Menggunakan protokol prompt-tools yang sudah dihentikan dengan server yang masih mendukungnya, seperti gateway.</translation>
    </message>
    <message>
        <location filename="../../core/tools/engineregistry.cpp" line="71"/>
        <source>An OpenAI-compatible server: Ollama, llama.cpp, LM Studio, vLLM, OpenAI</source>
        <translation>Server yang kompatibel dengan OpenAI: Ollama, llama.cpp, LM Studio, vLLM, OpenAI</translation>
    </message>
    <message>
        <location filename="../../core/tools/engineregistry.cpp" line="72"/>
        <source>Any OpenAI-compatible chat completions server: Ollama, llama.cpp, LM Studio, vLLM or OpenAI.</source>
        <translation>Server chat completions apa pun yang kompatibel dengan OpenAI: Ollama, llama.cpp, LM Studio, vLLM, atau OpenAI.</translation>
    </message>
    <message>
        <location filename="../../core/tools/engineregistry.cpp" line="81"/>
        <source>Offline, on this computer: templatize and checks only</source>
        <translation>Luring, di komputer ini: hanya templat dan pemeriksaan</translation>
    </message>
    <message>
        <location filename="../../core/tools/engineregistry.cpp" line="82"/>
        <source>Runs on this computer without a model: it templatizes and checks prompts offline. Generate and Improve need one of the other engines.</source>
        <translation>Berjalan di komputer ini tanpa model: menjadikan templat dan memeriksa prompt secara luring. Buat dan Perbaiki memerlukan salah satu mesin lain.</translation>
    </message>
</context>
<context>
    <name>pw::EngineSettings</name>
    <message>
        <location filename="../../core/tools/enginesettings.cpp" line="87"/>
        <source>the settings</source>
        <translation>pengaturan</translation>
    </message>
    <message>
        <location filename="../../core/tools/enginesettings.cpp" line="93"/>
        <source>the base URL from %1 is not an http(s) URL: %2</source>
        <translation>URL dasar dari %1 bukan URL http(s): %2</translation>
    </message>
</context>
<context>
    <name>pw::EvaluateView</name>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="60"/>
        <source>Test cases (*.csv *.jsonl *.yaml *.yml *.json);;All files (*)</source>
        <translation>Kasus uji (*.csv *.jsonl *.yaml *.yml *.json);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="77"/>
        <source>Test cases</source>
        <translation>Kasus uji</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="90"/>
        <source>&amp;Add Case</source>
        <translation>&amp;Tambah Kasus</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="92"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplikat</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="94"/>
        <source>De&amp;lete</source>
        <translation>Hapu&amp;s</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="96"/>
        <source>Move &amp;Up</source>
        <translation>Naik&amp;kan</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="98"/>
        <source>Move Do&amp;wn</source>
        <translation>T&amp;urunkan</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="99"/>
        <source>A&amp;ssertions…</source>
        <translation>As&amp;ersi…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="102"/>
        <source>&amp;Paste Rows</source>
        <translation>&amp;Tempel Baris</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="103"/>
        <source>&amp;Generate Cases…</source>
        <translation>&amp;Buat Kasus…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="104"/>
        <source>&amp;Import…</source>
        <translation>&amp;Impor…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="105"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;kspor…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="125"/>
        <source>Versio&amp;ns</source>
        <translation>Versi&amp;n</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="130"/>
        <source>&amp;Run All</source>
        <translation>Jalankan Semu&amp;a</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="131"/>
        <source>Run as &amp;Batch</source>
        <translation>Jalankan sebagai Bat&amp;ch</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="132"/>
        <source>Run every case through the provider&apos;s batch API at half the price; results take minutes to hours, and closing the window does not lose them</source>
        <translation>Jalankan setiap kasus lewat API batch penyedia dengan setengah harga; hasilnya butuh beberapa menit sampai jam, dan menutup jendela tidak menghilangkannya</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="134"/>
        <source>Run Sele&amp;cted</source>
        <translation>Jalankan Terpili&amp;h</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="136"/>
        <source>Rerun Failed</source>
        <translation>Ulangi yang Gagal</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="138"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/evaluateview.cpp" line="318"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n kasus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="323"/>
        <source>The prompt has no {{VARIABLES}} to write values for.</source>
        <translation>Prompt tidak punya {{VARIABLES}} untuk diisi nilainya.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="326"/>
        <source>Ask the tool model for realistic, varied test cases for the prompt&apos;s variables</source>
        <translation>Minta model alat membuat kasus uji yang realistis dan beragam untuk variabel prompt</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="402"/>
        <source>The clipboard&apos;s rows could not be pasted as test cases.</source>
        <translation>Baris di papan klip tidak dapat ditempel sebagai kasus uji.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/evaluateview.cpp" line="406"/>
        <source>Paste Test Cases</source>
        <translation>
            <numerusform>Tempel Kasus Uji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/evaluateview.cpp" line="408"/>
        <source>Pasted %n test case(s)</source>
        <translation>
            <numerusform>%n kasus uji ditempel</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="413"/>
        <source>Import Test Cases</source>
        <translation>Impor Kasus Uji</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="423"/>
        <source>%1 could not be imported as test cases.</source>
        <translation>%1 tidak dapat diimpor sebagai kasus uji.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="427"/>
        <source>%1 holds no test cases.</source>
        <translation>%1 tidak berisi kasus uji.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="431"/>
        <source>Import %1</source>
        <translation>Impor %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/evaluateview.cpp" line="433"/>
        <source>Imported %n test case(s) from %1</source>
        <translation>
            <numerusform>%n kasus uji diimpor dari %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="440"/>
        <source>Export Test Cases</source>
        <translation>Ekspor Kasus Uji</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="440"/>
        <source>CSV (*.csv);;JSON Lines (*.jsonl)</source>
        <translation>CSV (*.csv);;JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="454"/>
        <source>The test cases could not be exported as CSV; JSON Lines (.jsonl) holds everything.</source>
        <translation>Kasus uji tidak dapat diekspor sebagai CSV; JSON Lines (.jsonl) memuat semuanya.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="460"/>
        <source>The test cases could not be exported.</source>
        <translation>Kasus uji tidak dapat diekspor.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/evaluateview.cpp" line="464"/>
        <source>Exported %n test case(s) to %1</source>
        <translation>
            <numerusform>%n kasus uji diekspor ke %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="479"/>
        <source>Edit Assertions</source>
        <translation>Sunting Asersi</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="492"/>
        <source>Generate Test Cases</source>
        <translation>Buat Kasus Uji</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/evaluateview.cpp" line="494"/>
        <source>Added %n generated test case(s)</source>
        <translation>
            <numerusform>%n kasus uji hasil buatan ditambahkan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="523"/>
        <source>Working copy</source>
        <translation>Salinan kerja</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="524"/>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="578"/>
        <source>The First and the Latest</source>
        <translation>Yang Pertama dan Terbaru</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="680"/>
        <source>Nothing to run.</source>
        <translation>Tidak ada yang dijalankan.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="779"/>
        <source>The evaluation stopped.</source>
        <translation>Evaluasi berhenti.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="781"/>
        <source>Evaluation finished.</source>
        <translation>Evaluasi selesai.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="808"/>
        <source>Optimize needs test cases to score the candidates on.</source>
        <translation>Optimasi memerlukan kasus uji untuk menilai kandidat.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="809"/>
        <source>Add cases above, paste them from a spreadsheet or import a file.</source>
        <translation>Tambahkan kasus di atas, tempel dari lembar kerja, atau impor berkas.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="915"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="929"/>
        <source>The optimization could not start.</source>
        <translation>Optimasi tidak dapat dimulai.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="933"/>
        <source>Canceled before anything ran.</source>
        <translation>Dibatalkan sebelum ada yang berjalan.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="955"/>
        <source>No candidate beat the original on the training cases (%1): nothing to offer.</source>
        <translation>Tidak ada kandidat yang mengalahkan prompt asli pada kasus latihan (%1): tidak ada yang ditawarkan.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="958"/>
        <source>The winner, round %1 candidate %2, scores %3 on the training cases (the original %4).</source>
        <translation>Pemenang, kandidat %2 putaran %1, mendapat skor %3 pada kasus latihan (asli %4).</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="962"/>
        <source>Round %1, candidate %2</source>
        <translation>Putaran %1, kandidat %2</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="964"/>
        <source>training %1 (original %2)</source>
        <translation>latihan %1 (asli %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/evaluateview.cpp" line="967"/>
        <source>On the %n held-out case(s) it never saw: %1, the original %2.</source>
        <translation>
            <numerusform>Pada %n kasus uji yang belum pernah dilihatnya: %1, asli %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="969"/>
        <source>held-out %1 (original %2)</source>
        <translation>uji %1 (asli %2)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="977"/>
        <source>The optimization stopped.</source>
        <translation>Optimasi berhenti.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="981"/>
        <source>Optimization finished: the original stays.</source>
        <translation>Optimasi selesai: prompt asli tetap dipakai.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="1009"/>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/evaluateview.cpp" line="1017"/>
        <source>%n passed</source>
        <translation>
            <numerusform>%n lulus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/evaluateview.cpp" line="1019"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n galat</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="1023"/>
        <source>about %1 s left</source>
        <translation>sekitar %1 dtk lagi</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="974"/>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="1024"/>
        <source>%1 tokens</source>
        <translation>%1 token</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="1025"/>
        <source>≈ $%1 (estimate)</source>
        <translation>≈ $%1 (perkiraan)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="1026"/>
        <source>≈ $%1 (estimate; some models have no price)</source>
        <translation>≈ $%1 (perkiraan; sebagian model tidak memiliki harga)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="1035"/>
        <source>reading the batch results</source>
        <translation>membaca hasil batch</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="1037"/>
        <source>sending the batch</source>
        <translation>mengirim batch</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="1039"/>
        <source>batch: %1 processing, %2 succeeded</source>
        <translation>batch: %1 diproses, %2 berhasil</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="1041"/>
        <source>%1 errored</source>
        <translation>%1 galat</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="1043"/>
        <source>%1 canceled</source>
        <translation>%1 dibatalkan</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="1045"/>
        <source>%1 expired</source>
        <translation>%1 kedaluwarsa</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="1046"/>
        <source>%1 (the provider was last asked at %2)</source>
        <translation>%1 (penyedia terakhir ditanya pukul %2)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="1070"/>
        <source>Continue the Batch Run?</source>
        <translation>Lanjutkan Proses Batch?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/evaluateview.cpp" line="1071"/>
        <source>%n result(s) of a batch run are missing: its batches may still be running at the provider. Continue the run now? Its batches are read, not sent again.</source>
        <translation>
            <numerusform>%n hasil proses batch belum ada: batch-nya mungkin masih berjalan di penyedia. Lanjutkan sekarang? Batch-nya dibaca, tidak dikirim lagi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/evaluateview.cpp" line="1075"/>
        <source>Resume the Evaluation?</source>
        <translation>Lanjutkan Evaluasi?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/evaluateview.cpp" line="1076"/>
        <source>%n result(s) are missing: Promptwerk stopped while the evaluation ran. Run the missing cells now?</source>
        <translation>
            <numerusform>%n hasil belum ada: Promptwerk berhenti saat evaluasi berjalan. Jalankan sel yang belum ada sekarang?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pw::ExportDialog</name>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="33"/>
        <source>Text with sections (Markdown)</source>
        <translation>Teks dengan bagian (Markdown)</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="35"/>
        <source>Messages API request (JSON)</source>
        <translation>Permintaan Messages API (JSON)</translation>
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
        <translation>Perintah curl (shell)</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="43"/>
        <source>Jinja template</source>
        <translation>Templat Jinja</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="45"/>
        <source>promptfoo config (YAML)</source>
        <translation>Konfigurasi promptfoo (YAML)</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="47"/>
        <source>prompt-tools request (JSON)</source>
        <translation>Permintaan prompt-tools (JSON)</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="57"/>
        <location filename="../../ui/exportdialog.cpp" line="160"/>
        <source>Export Prompt</source>
        <translation>Ekspor Prompt</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="60"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="62"/>
        <source>Pre&amp;view:</source>
        <translation>Pra&amp;tinjau:</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="73"/>
        <source>%1, saved as .%2</source>
        <translation>%1, disimpan sebagai .%2</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="75"/>
        <source>Export formats</source>
        <translation>Format ekspor</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="81"/>
        <source>Preview of the export</source>
        <translation>Pratinjau ekspor</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="89"/>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="90"/>
        <source>Copy the preview to the clipboard</source>
        <translation>Salin pratinjau ke papan klip</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="91"/>
        <source>&amp;Save…</source>
        <translation>Si&amp;mpan…</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="143"/>
        <source>This prompt cannot be exported as %1: %2</source>
        <translation>Prompt ini tidak dapat diekspor sebagai %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="150"/>
        <source>Copied to the clipboard as %1.</source>
        <translation>Disalin ke papan klip sebagai %1.</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="159"/>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="159"/>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
</context>
<context>
    <name>pw::Exporters</name>
    <message>
        <location filename="../../core/exchange/exporters.cpp" line="47"/>
        <source>%1: only text blocks can be exported (found &quot;%2&quot;)</source>
        <translation>%1: hanya blok teks yang dapat diekspor (ditemukan &quot;%2&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/exchange/exporters.cpp" line="287"/>
        <source>%1: the variable %2 cannot be a Jinja variable (Jinja reads &quot;%3&quot; as a keyword); rename it</source>
        <translation>%1: variabel %2 tidak dapat menjadi variabel Jinja (Jinja membaca &quot;%3&quot; sebagai kata kunci); ganti namanya</translation>
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
        <translation>Teks yang dicari</translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="47"/>
        <source>Find in the system prompt and the messages</source>
        <translation>Cari di prompt sistem dan pesan</translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="49"/>
        <source>Find:</source>
        <translation>Cari:</translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="54"/>
        <location filename="../../ui/findbar.cpp" line="258"/>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="54"/>
        <location filename="../../ui/findbar.cpp" line="256"/>
        <source>No matches</source>
        <translation>Tidak ada yang cocok</translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="58"/>
        <location filename="../../ui/findbar.cpp" line="59"/>
        <source>Previous match</source>
        <translation>Kecocokan sebelumnya</translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="62"/>
        <location filename="../../ui/findbar.cpp" line="63"/>
        <source>Next match</source>
        <translation>Kecocokan berikutnya</translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="64"/>
        <source>Match case</source>
        <translation>Cocokkan huruf besar/kecil</translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="66"/>
        <source>Whole words</source>
        <translation>Kata utuh</translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="71"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="72"/>
        <source>Close the find bar</source>
        <translation>Tutup bilah pencarian</translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="88"/>
        <source>Replacement</source>
        <translation>Pengganti</translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="89"/>
        <source>Replace with:</source>
        <translation>Ganti dengan:</translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="91"/>
        <location filename="../../ui/findbar.cpp" line="291"/>
        <source>Replace</source>
        <translation>Ganti</translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="93"/>
        <source>Replace this match and go to the next (Enter in the replacement)</source>
        <translation>Ganti kecocokan ini dan lanjut ke berikutnya (Enter di kolom pengganti)</translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="94"/>
        <location filename="../../ui/findbar.cpp" line="304"/>
        <source>Replace All</source>
        <translation>Ganti Semua</translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="96"/>
        <source>Replace every match in one step, which Undo takes back</source>
        <translation>Ganti semua kecocokan dalam satu langkah, yang bisa dibatalkan dengan Urungkan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/findbar.cpp" line="310"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n diganti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pw::FindingsList</name>
    <message>
        <location filename="../../ui/findingslist.cpp" line="44"/>
        <source>Prompt checks</source>
        <translation>Pemeriksaan prompt</translation>
    </message>
</context>
<context>
    <name>pw::FindingsModel</name>
    <message>
        <location filename="../../ui/prompttext.cpp" line="30"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../../ui/prompttext.cpp" line="33"/>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <location filename="../../ui/prompttext.cpp" line="36"/>
        <source>Message %1</source>
        <translation>Pesan %1</translation>
    </message>
    <message>
        <location filename="../../ui/prompttext.cpp" line="45"/>
        <source>%1, line %2</source>
        <translation>%1, baris %2</translation>
    </message>
    <message>
        <location filename="../../ui/findingsmodel.cpp" line="67"/>
        <source>No problems found.</source>
        <translation>Tidak ada masalah.</translation>
    </message>
    <message>
        <location filename="../../ui/findingsmodel.cpp" line="87"/>
        <source>Finding</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <location filename="../../ui/findingsmodel.cpp" line="87"/>
        <source>Where</source>
        <translation>Lokasi</translation>
    </message>
</context>
<context>
    <name>pw::GenerateCasesDialog</name>
    <message>
        <location filename="../../ui/evaluate/generatecasesdialog.cpp" line="30"/>
        <source>&amp;Generate</source>
        <translation>&amp;Buat</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/generatecasesdialog.cpp" line="33"/>
        <source>Generate Test Cases</source>
        <translation>Buat Kasus Uji</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/generatecasesdialog.cpp" line="47"/>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/generatecasesdialog.cpp" line="49"/>
        <source>Ideal output</source>
        <translation>Keluaran ideal</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/generatecasesdialog.cpp" line="49"/>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/generatecasesdialog.cpp" line="55"/>
        <source>Generated test cases</source>
        <translation>Kasus uji hasil buatan</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/generatecasesdialog.cpp" line="57"/>
        <source>&amp;Cases to write:</source>
        <translation>Jumlah &amp;kasus:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/generatecasesdialog.cpp" line="84"/>
        <source>The tool model writes realistic, varied values for %1. You choose which cases to add.</source>
        <translation>Model alat menulis nilai yang realistis dan beragam untuk %1. Anda memilih kasus mana yang ditambahkan.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/generatecasesdialog.cpp" line="95"/>
        <source>%v of %m</source>
        <translation>%v dari %m</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/generatecasesdialog.cpp" line="97"/>
        <source>The tool model is writing %n test case(s)…</source>
        <translation>
            <numerusform>Model alat sedang menulis %n kasus uji…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/generatecasesdialog.cpp" line="111"/>
        <source>&amp;Generate Again</source>
        <translation>Buat &amp;Lagi</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/generatecasesdialog.cpp" line="115"/>
        <source>No test cases: %1</source>
        <translation>Tidak ada kasus uji: %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/generatecasesdialog.cpp" line="118"/>
        <source>Tick the cases to add; a double-click edits a cell.</source>
        <translation>Centang kasus yang akan ditambahkan; klik dua kali untuk menyunting sel.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/generatecasesdialog.cpp" line="163"/>
        <source>&amp;Add %n</source>
        <translation>
            <numerusform>&amp;Tambah %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pw::GenerateDialog</name>
    <message>
        <location filename="../../ui/generatedialog.cpp" line="15"/>
        <source>Generate a Prompt</source>
        <translation>Buat Prompt</translation>
    </message>
    <message>
        <location filename="../../ui/generatedialog.cpp" line="17"/>
        <source>&amp;Describe the task the prompt is for:</source>
        <translation>&amp;Jelaskan tugas untuk prompt ini:</translation>
    </message>
    <message>
        <location filename="../../ui/generatedialog.cpp" line="20"/>
        <source>e.g. Answer customer questions about a meal-prep delivery service, politely and briefly, and hand over to a person for refunds.</source>
        <translation>mis. Jawab pertanyaan pelanggan tentang layanan antar makanan siap masak dengan sopan dan singkat, dan serahkan urusan pengembalian dana kepada petugas.</translation>
    </message>
    <message>
        <location filename="../../ui/generatedialog.cpp" line="25"/>
        <source>The generated prompt replaces the current one when you accept it; Ctrl+Z brings the current one back.</source>
        <translation>Prompt yang dibuat menggantikan prompt saat ini jika Anda menerimanya; Ctrl+Z mengembalikan prompt saat ini.</translation>
    </message>
    <message>
        <location filename="../../ui/generatedialog.cpp" line="31"/>
        <source>&amp;Generate</source>
        <translation>&amp;Buat</translation>
    </message>
</context>
<context>
    <name>pw::Graders</name>
    <message>
        <location filename="../../core/eval/graders.cpp" line="84"/>
        <source>the schema is not valid JSON: %1</source>
        <translation>skema bukan JSON yang valid: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="87"/>
        <source>the value must be a JSON Schema (found %1)</source>
        <translation>nilai harus berupa JSON Schema (ditemukan %1)</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="136"/>
        <source>equal the JSON %1</source>
        <translation>sama dengan JSON %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="139"/>
        <source>equal %1</source>
        <translation>sama dengan %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="147"/>
        <source>contain %1</source>
        <translation>berisi %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="148"/>
        <source>contain %1 (ignoring case)</source>
        <translation>berisi %1 (tanpa membedakan huruf besar-kecil)</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="164"/>
        <source>contain all of %1</source>
        <translation>berisi semua dari %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="165"/>
        <source>contain any of %1</source>
        <translation>berisi salah satu dari %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="167"/>
        <source> (ignoring case)</source>
        <translation> (tanpa membedakan huruf besar-kecil)</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="169"/>
        <location filename="../../core/eval/graders.cpp" line="307"/>
        <source>missing %1</source>
        <translation>tidak ada %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="171"/>
        <source>found %1</source>
        <translation>ditemukan %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="180"/>
        <source>match the regular expression %1</source>
        <translation>cocok dengan ekspresi reguler %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="186"/>
        <source>it is not JSON: %1</source>
        <translation>ini bukan JSON: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="189"/>
        <source>it does not match the schema: %1</source>
        <translation>tidak cocok dengan skema: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="200"/>
        <source>be JSON matching the schema</source>
        <translation>berupa JSON yang cocok dengan skema</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="201"/>
        <source>be JSON</source>
        <translation>berupa JSON</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="254"/>
        <source>contain JSON matching the schema</source>
        <translation>berisi JSON yang cocok dengan skema</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="255"/>
        <source>contain JSON</source>
        <translation>berisi JSON</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="258"/>
        <source>no JSON object was found</source>
        <translation>tidak ditemukan objek JSON</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="275"/>
        <source>be well-formed XML</source>
        <translation>berupa XML yang tersusun baik</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="276"/>
        <source>be well-formed XML with %1</source>
        <translation>berupa XML yang tersusun baik dengan %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="290"/>
        <source>line %1, column %2: %3</source>
        <translation>baris %1, kolom %2: %3</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="297"/>
        <source>there is no element</source>
        <translation>tidak ada elemen</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="350"/>
        <source>be within edit distance %1 of %2</source>
        <translation>berada dalam jarak sunting %1 dari %2</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="351"/>
        <source>the distance is more than %1</source>
        <translation>jaraknya lebih dari %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="352"/>
        <source>the distance is %1</source>
        <translation>jaraknya %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="360"/>
        <source>take at most %1 ms</source>
        <translation>selesai paling lama %1 md</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="361"/>
        <source>the latency is unknown</source>
        <translation>latensinya tidak diketahui</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="362"/>
        <source>it took %1 ms</source>
        <translation>memakan waktu %1 md</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="370"/>
        <source>cost at most $%1 (estimated)</source>
        <translation>berbiaya paling banyak $%1 (perkiraan)</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="372"/>
        <source>there is no cost estimate: the price table has no price for the model</source>
        <translation>tidak ada perkiraan biaya: tabel harga tidak memuat harga untuk model ini</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="373"/>
        <source>the estimate is $%1</source>
        <translation>perkiraannya $%1</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="398"/>
        <source>start with %1</source>
        <translation>diawali %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="441"/>
        <source>unknown assertion type &quot;%1&quot; (known: %2)</source>
        <translation>jenis asersi tidak dikenal &quot;%1&quot; (yang dikenal: %2)</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="445"/>
        <source>the weight must be a number, 0 or more</source>
        <translation>bobot harus berupa angka, 0 atau lebih</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="447"/>
        <source>the threshold must be a number</source>
        <translation>ambang harus berupa angka</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="451"/>
        <source>%1 needs a value: a string, a number or JSON</source>
        <translation>%1 memerlukan nilai: string, angka, atau JSON</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="455"/>
        <source>%1 needs a text value</source>
        <translation>%1 memerlukan nilai teks</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="457"/>
        <source>the threshold must be 0 or more</source>
        <translation>ambang harus 0 atau lebih</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="460"/>
        <source>%1 needs a list of texts, or texts separated by commas</source>
        <translation>%1 memerlukan daftar teks, atau teks yang dipisahkan koma</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="463"/>
        <source>regex needs a regular expression as its value</source>
        <translation>regex memerlukan ekspresi reguler sebagai nilainya</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="466"/>
        <source>the regular expression is invalid at offset %1: %2</source>
        <translation>ekspresi reguler tidak valid pada posisi %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="476"/>
        <source>the schema is unusable: %1</source>
        <translation>skema tidak dapat dipakai: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="480"/>
        <source>is-xml&apos;s value must list element paths (&quot;root.child&quot;)</source>
        <translation>nilai is-xml harus berisi daftar jalur elemen (&quot;root.child&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="484"/>
        <source>%1 needs a threshold, 0 or more</source>
        <translation>%1 memerlukan ambang, 0 atau lebih</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="487"/>
        <source>%1 needs the criteria as its value</source>
        <translation>%1 memerlukan kriteria sebagai nilainya</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="490"/>
        <source>factuality&apos;s value must be the reference answer (or empty: the case&apos;s ideal output)</source>
        <translation>nilai factuality harus berupa jawaban rujukan (atau kosong: keluaran ideal kasus tersebut)</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="506"/>
        <source>%1 needs a grader model</source>
        <translation>%1 memerlukan model penilai</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="514"/>
        <source>the output does not %1</source>
        <translation>keluaran tidak %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="515"/>
        <source>the output does %1</source>
        <translation>keluaran memang %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="518"/>
        <source>expected the output not to %1</source>
        <translation>diharapkan keluaran tidak %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="519"/>
        <source>expected the output to %1</source>
        <translation>diharapkan keluaran %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="568"/>
        <source>%1 at byte %2</source>
        <translation>%1 pada bita %2</translation>
    </message>
    <message>
        <location filename="../../core/eval/graders.cpp" line="571"/>
        <source>expected exactly one JSON value</source>
        <translation>diharapkan tepat satu nilai JSON</translation>
    </message>
</context>
<context>
    <name>pw::GuideDialog</name>
    <message>
        <location filename="../../ui/helpwindows.cpp" line="145"/>
        <source>Promptwerk Guide</source>
        <translation>Panduan Promptwerk</translation>
    </message>
    <message>
        <location filename="../../ui/helpwindows.cpp" line="148"/>
        <source>This guide is in English only.</source>
        <translation>Panduan ini hanya tersedia dalam bahasa Inggris.</translation>
    </message>
</context>
<context>
    <name>pw::HistoryModel</name>
    <message>
        <location filename="../../ui/historymodel.cpp" line="43"/>
        <source>%1 in · %2 out</source>
        <translation>%1 masuk · %2 keluar</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="73"/>
        <source>%1 % passed (%2 of %3), mean score %4</source>
        <translation>%1 % lulus (%2 dari %3), skor rata-rata %4</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="84"/>
        <source>Revision %1: %2, %3</source>
        <translation>Revisi %1: %2, %3</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="91"/>
        <source>Written for %1</source>
        <translation>Ditulis untuk %1</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="93"/>
        <source>Task: %1</source>
        <translation>Tugas: %1</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="95"/>
        <source>Feedback: %1</source>
        <translation>Masukan: %1</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="97"/>
        <source>Round %1, candidate %2</source>
        <translation>Putaran %1, kandidat %2</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="98"/>
        <source>Training cases: %1</source>
        <translation>Kasus latihan: %1</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="100"/>
        <source>Held-out cases: %1</source>
        <translation>Kasus uji: %1</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="122"/>
        <source>Typed</source>
        <translation>Diketik</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="124"/>
        <source>Generated</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="126"/>
        <source>Improved</source>
        <translation>Diperbaiki</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="128"/>
        <source>Templatized</source>
        <translation>Dijadikan templat</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="130"/>
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="132"/>
        <source>Optimized %1.%2</source>
        <translation>Dioptimalkan %1.%2</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="133"/>
        <source>Optimized</source>
        <translation>Dioptimalkan</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="137"/>
        <source>Restored #%1</source>
        <translation>Dipulihkan #%1</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="142"/>
        <source>Revision %1</source>
        <translation>Revisi %1</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="211"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="213"/>
        <source>Origin</source>
        <translation>Asal</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="215"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../ui/historymodel.cpp" line="217"/>
        <source>Made with</source>
        <translation>Dibuat dengan</translation>
    </message>
</context>
<context>
    <name>pw::HistoryPanel</name>
    <message>
        <location filename="../../ui/historypanel.cpp" line="31"/>
        <source>&amp;Compare</source>
        <translation>Ban&amp;dingkan</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="31"/>
        <source>Compare with Current</source>
        <translation>Bandingkan dengan Saat Ini</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="32"/>
        <source>Rest&amp;ore</source>
        <translation>Puli&amp;hkan</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="41"/>
        <source>Revisions</source>
        <translation>Revisi</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="44"/>
        <source>Select a revision to see it, two to compare them.</source>
        <translation>Pilih satu revisi untuk melihatnya, dua untuk membandingkannya.</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="48"/>
        <source>Show the selected revision beside the prompt as it is now</source>
        <translation>Tampilkan revisi yang dipilih di samping prompt saat ini</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="246"/>
        <source>Revision %1 and the current prompt</source>
        <translation>Revisi %1 dan prompt saat ini</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="247"/>
        <source>Current prompt</source>
        <translation>Prompt saat ini</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="251"/>
        <source>Revision %1 and revision %2</source>
        <translation>Revisi %1 dan revisi %2</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="49"/>
        <source>Show the two selected revisions side by side</source>
        <translation>Tampilkan dua revisi yang dipilih berdampingan</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="50"/>
        <source>Make the selected revision the working copy again, as a new revision</source>
        <translation>Jadikan revisi yang dipilih sebagai salinan kerja lagi, sebagai revisi baru</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="72"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="73"/>
        <source>Close the preview</source>
        <translation>Tutup pratinjau</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="77"/>
        <source>Revision preview</source>
        <translation>Pratinjau revisi</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="239"/>
        <location filename="../../ui/historypanel.cpp" line="253"/>
        <source>Revision %1 · %2</source>
        <translation>Revisi %1 · %2</translation>
    </message>
</context>
<context>
    <name>pw::Importers</name>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="113"/>
        <source>%1: the file is empty: there is no prompt to import</source>
        <translation>%1: berkas kosong: tidak ada prompt untuk diimpor</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="133"/>
        <source>text before the first &quot;## System&quot;, &quot;## User&quot; or &quot;## Assistant&quot; heading; move it into a section or remove it</source>
        <translation>ada teks sebelum judul &quot;## System&quot;, &quot;## User&quot;, atau &quot;## Assistant&quot; pertama; pindahkan ke dalam bagian atau hapus</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="147"/>
        <source>the &quot;## %1&quot; section is empty</source>
        <translation>bagian &quot;## %1&quot; kosong</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="151"/>
        <source>a second &quot;## System&quot; section (a prompt has one system prompt)</source>
        <translation>bagian &quot;## System&quot; kedua (prompt hanya memiliki satu prompt sistem)</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="155"/>
        <source>&quot;## System&quot; must come before the messages</source>
        <translation>&quot;## System&quot; harus berada sebelum pesan</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="164"/>
        <source>%1: there is a &quot;## System&quot; section but no &quot;## User&quot; message</source>
        <translation>%1: ada bagian &quot;## System&quot; tetapi tidak ada pesan &quot;## User&quot;</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="176"/>
        <location filename="../../core/exchange/importers.cpp" line="243"/>
        <source>%1: must be a string (found %2)</source>
        <translation>%1: harus berupa string (ditemukan tipe %2)</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="187"/>
        <source>invalid JSON: %1</source>
        <translation>JSON tidak valid: %1</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="193"/>
        <source>a JSON prompt must be an object with &quot;messages&quot; (found an array)</source>
        <translation>prompt JSON harus berupa objek dengan &quot;messages&quot; (ditemukan array)</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="197"/>
        <source>a generate_prompt request holds a task, not a prompt: there is nothing to import</source>
        <translation>permintaan generate_prompt berisi tugas, bukan prompt: tidak ada yang dapat diimpor</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="199"/>
        <source>%1: is required (a JSON prompt is {&quot;system&quot;: ..., &quot;messages&quot;: [...]})</source>
        <translation>%1: wajib ada (prompt JSON berbentuk {&quot;system&quot;: ..., &quot;messages&quot;: [...]})</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="219"/>
        <source>%1: holds no message: there is no prompt to import</source>
        <translation>%1: tidak berisi pesan: tidak ada prompt untuk diimpor</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="225"/>
        <source>%1: only text blocks can be imported (found &quot;%2&quot;)</source>
        <translation>%1: hanya blok teks yang dapat diimpor (ditemukan &quot;%2&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="249"/>
        <source>%1: must be an object (found %2)</source>
        <translation>%1: harus berupa objek (ditemukan tipe %2)</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="317"/>
        <source>the file is not valid UTF-8 text (byte %1)</source>
        <translation>berkas bukan teks UTF-8 yang valid (byte %1)</translation>
    </message>
</context>
<context>
    <name>pw::InputTokenCounter</name>
    <message>
        <location filename="../../ui/inputtokencounter.cpp" line="60"/>
        <source>Input: ≈%1 tokens (estimate)</source>
        <translation>Masukan: ≈%1 token (perkiraan)</translation>
    </message>
    <message>
        <location filename="../../ui/inputtokencounter.cpp" line="60"/>
        <source>Input: %1 tokens</source>
        <translation>Masukan: %1 token</translation>
    </message>
    <message>
        <location filename="../../ui/inputtokencounter.cpp" line="69"/>
        <source>About four characters per token: the %1 engine has no token counter.</source>
        <translation>Sekitar empat karakter per token: mesin %1 tidak memiliki penghitung token.</translation>
    </message>
    <message>
        <location filename="../../ui/inputtokencounter.cpp" line="75"/>
        <source>About four characters per token: a prompt without messages cannot be counted.</source>
        <translation>Sekitar empat karakter per token: prompt tanpa pesan tidak dapat dihitung.</translation>
    </message>
    <message>
        <location filename="../../ui/inputtokencounter.cpp" line="95"/>
        <source>About four characters per token: %1</source>
        <translation>Sekitar empat karakter per token: %1</translation>
    </message>
    <message>
        <location filename="../../ui/inputtokencounter.cpp" line="125"/>
        <source>About four characters per token: the count failed (%1).</source>
        <translation>Sekitar empat karakter per token: penghitungan gagal (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/inputtokencounter.cpp" line="130"/>
        <source>Counted by the %1 engine&apos;s count_tokens for %2</source>
        <translation>Dihitung oleh count_tokens mesin %1 untuk %2</translation>
    </message>
</context>
<context>
    <name>pw::JsonSchema</name>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="117"/>
        <source>must be one of %1, or an array of them</source>
        <translation>harus salah satu dari %1, atau array darinya</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="122"/>
        <source>must be an object</source>
        <translation>harus berupa objek</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="130"/>
        <source>must be an array of strings</source>
        <translation>harus berupa array string</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="134"/>
        <source>must be a schema (an object or a boolean)</source>
        <translation>harus berupa skema (objek atau boolean)</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="137"/>
        <source>must be an array</source>
        <translation>harus berupa array</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="142"/>
        <source>must be a non-empty array of schemas</source>
        <translation>harus berupa array skema yang tidak kosong</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="146"/>
        <source>must be a number</source>
        <translation>harus berupa angka</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="151"/>
        <source>must be a whole number, 0 or more</source>
        <translation>harus berupa bilangan bulat, 0 atau lebih</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="156"/>
        <source>must be a string</source>
        <translation>harus berupa string</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="160"/>
        <source>is not a valid regular expression: %1</source>
        <translation>bukan ekspresi reguler yang valid: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="172"/>
        <source>a schema must be an object or a boolean (found %1)</source>
        <translation>skema harus berupa objek atau boolean (ditemukan %1)</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="181"/>
        <source>items as an array (tuple validation) is not supported</source>
        <translation>items sebagai array (validasi tuple) tidak didukung</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="184"/>
        <source>the keyword is not supported (supported: %1)</source>
        <translation>kata kunci ini tidak didukung (yang didukung: %1)</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="242"/>
        <source>the required property &quot;%1&quot; is missing</source>
        <translation>properti wajib &quot;%1&quot; tidak ada</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="252"/>
        <source>the property &quot;%1&quot; is not allowed</source>
        <translation>properti &quot;%1&quot; tidak diizinkan</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="266"/>
        <source>no value is allowed here</source>
        <translation>tidak ada nilai yang diizinkan di sini</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="280"/>
        <source>expected %1 (found %2)</source>
        <translation>diharapkan %1 (ditemukan %2)</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="285"/>
        <source>expected %1</source>
        <translation>diharapkan %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="292"/>
        <source>%1 is not one of %2</source>
        <translation>%1 bukan salah satu dari %2</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="299"/>
        <source>matches none of the anyOf alternatives</source>
        <translation>tidak cocok dengan satu pun alternatif anyOf</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="305"/>
        <source>%1 is less than the minimum %2</source>
        <translation>%1 kurang dari minimum %2</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="309"/>
        <source>%1 is more than the maximum %2</source>
        <translation>%1 lebih dari maksimum %2</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="317"/>
        <source>the text is shorter than %1 characters</source>
        <translation>teks lebih pendek dari %1 karakter</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="321"/>
        <source>the text is longer than %1 characters</source>
        <translation>teks lebih panjang dari %1 karakter</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="326"/>
        <source>the text does not match the pattern %1</source>
        <translation>teks tidak cocok dengan pola %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="333"/>
        <source>fewer than %1 items</source>
        <translation>kurang dari %1 butir</translation>
    </message>
    <message>
        <location filename="../../core/eval/jsonschema.cpp" line="337"/>
        <source>more than %1 items</source>
        <translation>lebih dari %1 butir</translation>
    </message>
</context>
<context>
    <name>pw::KeychainSecretStore</name>
    <message>
        <location filename="../../core/secrets/keychainstore.cpp" line="39"/>
        <source>No keychain is available (%1). Keys are kept for this session only.</source>
        <translation>Keychain tidak tersedia (%1). Kunci hanya disimpan untuk sesi ini.</translation>
    </message>
</context>
<context>
    <name>pw::LocalToolRun</name>
    <message>
        <location filename="../../core/tools/localengine.cpp" line="28"/>
        <source>The local engine works offline and can only templatize and check prompts; %1 needs a model. Choose the claude or openai engine.</source>
        <translation>Mesin local bekerja secara luring dan hanya dapat menjadikan templat serta memeriksa prompt; %1 memerlukan model. Pilih mesin claude atau openai.</translation>
    </message>
</context>
<context>
    <name>pw::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="239"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="242"/>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="253"/>
        <source>Cu&amp;t</source>
        <translation>Pot&amp;ong</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="254"/>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="255"/>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="256"/>
        <source>Select A&amp;ll</source>
        <translation>Pilih Semu&amp;a</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="260"/>
        <source>&amp;Find…</source>
        <translation>&amp;Cari…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="262"/>
        <source>Find &amp;Next</source>
        <translation>Cari Beri&amp;kutnya</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="263"/>
        <source>Find Pre&amp;vious</source>
        <translation>Cari Sebelu&amp;mnya</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="265"/>
        <source>R&amp;eplace…</source>
        <translation>Ga&amp;nti…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="268"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Pengaturan…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="270"/>
        <source>&amp;Generate…</source>
        <translation>&amp;Buat…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="272"/>
        <source>Write a new prompt from a task description (%1)</source>
        <translation>Tulis prompt baru dari deskripsi tugas (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="274"/>
        <source>&amp;Improve</source>
        <translation>Perbai&amp;ki</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="275"/>
        <source>Rewrite the prompt along best practice and your feedback (%1)</source>
        <translation>Tulis ulang prompt sesuai praktik terbaik dan masukan Anda (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="277"/>
        <source>&amp;Templatize</source>
        <translation>Jadikan &amp;Templat</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="279"/>
        <source>Replace the concrete values in the prompt by {{VARIABLES}} (%1)</source>
        <translation>Ganti nilai konkret dalam prompt dengan {{VARIABLES}} (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="281"/>
        <source>&amp;Cancel Run</source>
        <translation>Batalkan &amp;Proses</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="282"/>
        <source>Stop the running tool, prompt or evaluation (Esc)</source>
        <translation>Hentikan alat, prompt, atau evaluasi yang sedang berjalan (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="283"/>
        <source>&amp;Accept Result</source>
        <translation>Terima &amp;Hasil</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="285"/>
        <source>&amp;Reject Result</source>
        <translation>T&amp;olak Hasil</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="287"/>
        <source>Retr&amp;y</source>
        <translation>Coba &amp;Lagi</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="288"/>
        <source>Ru&amp;n Prompt</source>
        <translation>Jala&amp;nkan Prompt</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="293"/>
        <source>Send the prompt, filled with the variables&apos; test values, to the target model (%1)</source>
        <translation>Kirim prompt, diisi dengan nilai uji variabel, ke model sasaran (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="296"/>
        <source>Opti&amp;mize…</source>
        <translation>Opti&amp;masi…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="298"/>
        <source>Search for a better prompt against the test cases, and check it on cases it never saw (%1)</source>
        <translation>Cari prompt yang lebih baik berdasarkan kasus uji, dan periksa pada kasus yang belum pernah dilihatnya (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="301"/>
        <source>&amp;Guide</source>
        <translation>&amp;Panduan</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="302"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Pintasan &amp;Keyboard</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="304"/>
        <source>&amp;Welcome Page</source>
        <translation>Halaman &amp;Sambutan</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="362"/>
        <source>Variables and Checks</source>
        <translation>Variabel dan Pemeriksaan</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="388"/>
        <source>Run Prompt</source>
        <translation>Jalankan Prompt</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="405"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="410"/>
        <source>Open Sa&amp;mple</source>
        <translation>Buka &amp;Contoh</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="421"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="424"/>
        <source>&amp;Edit</source>
        <translation>Suntin&amp;g</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="435"/>
        <source>&amp;Message</source>
        <translation>P&amp;esan</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="441"/>
        <source>&amp;Tools</source>
        <translation>&amp;Alat</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="449"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="457"/>
        <source>Go to &amp;System Prompt</source>
        <translation>Ke Prompt &amp;Sistem</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="458"/>
        <source>Go to &amp;Messages</source>
        <translation>Ke &amp;Pesan</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="459"/>
        <source>Go to &amp;Feedback</source>
        <translation>Ke &amp;Masukan</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="461"/>
        <source>Go to &amp;Variables</source>
        <translation>Ke &amp;Variabel</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="462"/>
        <source>Go to &amp;Evaluate</source>
        <translation>Ke &amp;Evaluasi</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="467"/>
        <source>&amp;Help</source>
        <translation>Bantua&amp;n</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="470"/>
        <source>&amp;About Promptwerk</source>
        <translation>&amp;Tentang Promptwerk</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="471"/>
        <source>About Promptwerk</source>
        <translation>Tentang Promptwerk</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="472"/>
        <source>&lt;b&gt;Promptwerk %1&lt;/b&gt;&lt;p&gt;A workbench for prompt authors: write, generate, improve and templatize prompts on any model, and compare before and after.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Promptwerk %1&lt;/b&gt;&lt;p&gt;Meja kerja untuk penulis prompt: tulis, buat, perbaiki, dan jadikan prompt templat untuk model apa pun, lalu bandingkan sebelum dan sesudahnya.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="480"/>
        <source>Tools</source>
        <translation>Alat</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="506"/>
        <source>The engine the tools run on</source>
        <translation>Mesin tempat alat dijalankan</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="507"/>
        <location filename="../../ui/mainwindow.cpp" line="686"/>
        <source>The model that runs the tools</source>
        <translation>Model yang menjalankan alat</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="508"/>
        <source>Tokens of the last run</source>
        <translation>Token dari proses terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="509"/>
        <source>The request id of the last answer, for support</source>
        <translation>ID permintaan jawaban terakhir, untuk dukungan</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="570"/>
        <source>The local engine works offline: choose claude, prompt-tools or openai to generate or improve.</source>
        <translation>Mesin local bekerja secara luring: pilih claude, prompt-tools, atau openai untuk membuat atau memperbaiki.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="661"/>
        <source>Settings saved; the API key is kept for this session only (the keychain did not store it).</source>
        <translation>Pengaturan disimpan; kunci API disimpan hanya untuk sesi ini (keychain tidak menyimpannya).</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="662"/>
        <source>Settings saved.</source>
        <translation>Pengaturan disimpan.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="677"/>
        <source>Engine: %1</source>
        <translation>Mesin: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="681"/>
        <source>offline</source>
        <translation>luring</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="683"/>
        <source>Tool model: the server&apos;s</source>
        <translation>Model alat: milik server</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="685"/>
        <source>Tool model: %1</source>
        <translation>Model alat: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="687"/>
        <source>No run yet</source>
        <translation>Belum ada proses</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="227"/>
        <source>&amp;New</source>
        <translation>&amp;Baru</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="228"/>
        <source>&amp;Open…</source>
        <translation>B&amp;uka…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="229"/>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="231"/>
        <source>Save &amp;As…</source>
        <translation>Simpan Seb&amp;agai…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="232"/>
        <source>&amp;Import…</source>
        <translation>&amp;Impor…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="234"/>
        <source>Bring a prompt file into this document as a new revision</source>
        <translation>Masukkan berkas prompt ke dokumen ini sebagai revisi baru</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="235"/>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="237"/>
        <source>Write the prompt as code or a template for another tool</source>
        <translation>Tulis prompt sebagai kode atau templat untuk alat lain</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="379"/>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="408"/>
        <source>Open &amp;Recent</source>
        <translation>Buka Te&amp;rbaru</translation>
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
        <translation>Kunci hanya disimpan untuk sesi ini.</translation>
    </message>
</context>
<context>
    <name>pw::MessageBanner</name>
    <message>
        <location filename="../../ui/messagebanner.cpp" line="23"/>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <location filename="../../ui/messagebanner.cpp" line="50"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ui/messagebanner.cpp" line="51"/>
        <source>Close message</source>
        <translation>Tutup pesan</translation>
    </message>
</context>
<context>
    <name>pw::MessageListEditor</name>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="36"/>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="36"/>
        <source>Assistant</source>
        <translation>Asisten</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="53"/>
        <source>Role: %1. Click, or press %2, to change it.</source>
        <translation>Peran: %1. Klik, atau tekan %2, untuk mengubahnya.</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="55"/>
        <source>Role %1</source>
        <translation>Peran %1</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="117"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="138"/>
        <source>prefill: the answer starts with this text</source>
        <translation>prefill: jawaban dimulai dengan teks ini</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="140"/>
        <source>Move up</source>
        <translation>Pindah ke atas</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="142"/>
        <source>Move down</source>
        <translation>Pindah ke bawah</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="144"/>
        <source>Remove message</source>
        <translation>Hapus pesan</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="158"/>
        <source>Write the message. {{VARIABLES}} in double braces are filled in with test values.</source>
        <translation>Tulis pesan. {{VARIABLES}} dalam kurung kurawal ganda diisi dengan nilai uji.</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="210"/>
        <source>&amp;Add Message</source>
        <translation>&amp;Tambah Pesan</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="212"/>
        <source>&amp;Remove Message</source>
        <translation>&amp;Hapus Pesan</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="213"/>
        <source>Move Message &amp;Up</source>
        <translation>Pindahkan Pesan ke &amp;Atas</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="216"/>
        <source>Move Message &amp;Down</source>
        <translation>Pindahkan Pesan ke &amp;Bawah</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="220"/>
        <source>Toggle Ro&amp;le</source>
        <translation>Ganti &amp;Peran</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="222"/>
        <source>+ Add Message</source>
        <translation>+ Tambah Pesan</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="223"/>
        <source>Add a message after the current one</source>
        <translation>Tambahkan pesan setelah pesan saat ini</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="406"/>
        <source>Message %1</source>
        <translation>Pesan %1</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="413"/>
        <source>Message %1, %2</source>
        <translation>Pesan %1, %2</translation>
    </message>
</context>
<context>
    <name>pw::ModelCatalog</name>
    <message>
        <location filename="../../core/catalog/modelcatalog.cpp" line="186"/>
        <source>Could not list the models of %1: %2</source>
        <translation>Tidak dapat mengambil daftar model %1: %2</translation>
    </message>
</context>
<context>
    <name>pw::ModelGrader</name>
    <message>
        <location filename="../../core/eval/modelgrader.cpp" line="50"/>
        <source>factuality needs a reference answer: the assertion&apos;s value or the case&apos;s ideal output</source>
        <translation>factuality memerlukan jawaban rujukan: nilai asersi atau keluaran ideal kasus</translation>
    </message>
    <message>
        <location filename="../../core/eval/modelgrader.cpp" line="60"/>
        <source>%1 is not graded by a model</source>
        <translation>%1 tidak dinilai oleh model</translation>
    </message>
    <message>
        <location filename="../../core/eval/modelgrader.cpp" line="77"/>
        <source>the grader&apos;s verdict is not JSON: %1</source>
        <translation>putusan penilai bukan JSON: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/modelgrader.cpp" line="81"/>
        <source>the grader&apos;s verdict has the wrong shape: %1</source>
        <translation>putusan penilai berbentuk salah: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/modelgrader.cpp" line="87"/>
        <source>the grader&apos;s score %1 is not between 0 and 1</source>
        <translation>skor penilai %1 tidak berada di antara 0 dan 1</translation>
    </message>
    <message>
        <location filename="../../core/eval/modelgrader.cpp" line="100"/>
        <source>(score %1 is below the threshold %2)</source>
        <translation>(skor %1 di bawah ambang %2)</translation>
    </message>
    <message>
        <location filename="../../core/eval/modelgrader.cpp" line="134"/>
        <location filename="../../core/eval/modelgrader.cpp" line="135"/>
        <source>grading was canceled</source>
        <translation>penilaian dibatalkan</translation>
    </message>
    <message>
        <location filename="../../core/eval/modelgrader.cpp" line="146"/>
        <source>the grader model failed: %1</source>
        <translation>model penilai gagal: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/modelgrader.cpp" line="151"/>
        <source>the grader model refused to grade</source>
        <translation>model penilai menolak menilai</translation>
    </message>
    <message>
        <location filename="../../core/eval/modelgrader.cpp" line="155"/>
        <source>the grader model&apos;s verdict was cut off</source>
        <translation>putusan model penilai terpotong</translation>
    </message>
    <message>
        <location filename="../../core/eval/modelgrader.cpp" line="207"/>
        <source>%1 needs a grader model, and none is set up</source>
        <translation>%1 memerlukan model penilai, dan belum ada yang disiapkan</translation>
    </message>
    <message>
        <location filename="../../core/eval/modelgrader.cpp" line="209"/>
        <source>the grader model &quot;%1&quot; cannot be used</source>
        <translation>model penilai &quot;%1&quot; tidak dapat dipakai</translation>
    </message>
</context>
<context>
    <name>pw::ModelInfo</name>
    <message>
        <location filename="../../core/api/modelinfo.cpp" line="18"/>
        <source>%1: must be an object (found %2)</source>
        <translation>%1: harus berupa objek (ditemukan tipe %2)</translation>
    </message>
    <message>
        <location filename="../../core/api/modelinfo.cpp" line="23"/>
        <source>%1: must be a non-empty string (found %2)</source>
        <translation>%1: harus berupa string yang tidak kosong (ditemukan tipe %2)</translation>
    </message>
    <message>
        <location filename="../../core/api/modelinfo.cpp" line="33"/>
        <source>%1: &quot;%2&quot; is not an RFC 3339 date</source>
        <translation>%1: &quot;%2&quot; bukan tanggal RFC 3339</translation>
    </message>
</context>
<context>
    <name>pw::ModelToolRun</name>
    <message>
        <location filename="../../core/tools/modeltoolrun.cpp" line="183"/>
        <source>Waiting for %1…</source>
        <translation>Menunggu %1…</translation>
    </message>
    <message>
        <location filename="../../core/tools/modeltoolrun.cpp" line="193"/>
        <source>%1 is writing…</source>
        <translation>%1 sedang menulis…</translation>
    </message>
    <message>
        <location filename="../../core/tools/modeltoolrun.cpp" line="224"/>
        <source>%1 declined to do this (stop reason: refusal). Rephrase the request or try another model.</source>
        <translation>%1 menolak melakukan ini (alasan berhenti: refusal). Ubah kalimat permintaan atau coba model lain.</translation>
    </message>
    <message>
        <location filename="../../core/tools/modeltoolrun.cpp" line="230"/>
        <source>The answer was cut off at the output budget of %1 tokens. Retry with a larger budget.</source>
        <translation>Jawaban terpotong pada batas keluaran %1 token. Coba lagi dengan batas yang lebih besar.</translation>
    </message>
    <message>
        <location filename="../../core/tools/modeltoolrun.cpp" line="236"/>
        <source>The answer was cut off: the prompt and the answer outgrew the context window of %1. Shorten the prompt or choose a tool model with a larger context window.</source>
        <translation>Jawaban terpotong: prompt dan jawaban melebihi jendela konteks %1. Persingkat prompt atau pilih model alat dengan jendela konteks yang lebih besar.</translation>
    </message>
    <message>
        <location filename="../../core/tools/modeltoolrun.cpp" line="250"/>
        <source>The model&apos;s answer is not usable JSON, even after one repair attempt: %1</source>
        <translation>Jawaban model bukan JSON yang dapat digunakan, bahkan setelah satu kali upaya perbaikan: %1</translation>
    </message>
    <message>
        <location filename="../../core/tools/modeltoolrun.cpp" line="261"/>
        <source>Repairing the model&apos;s answer…</source>
        <translation>Memperbaiki jawaban model…</translation>
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
        <translation>Skor per putaran</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizechart.cpp" line="56"/>
        <source>%1 tokens</source>
        <translation>%1 token</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizechart.cpp" line="60"/>
        <source>%1 · ≈ $%2 (estimate)</source>
        <translation>%1 · ≈ $%2 (perkiraan)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizechart.cpp" line="61"/>
        <source>%1 · ≈ $%2 (estimate; some models have no price)</source>
        <translation>%1 · ≈ $%2 (perkiraan; sebagian model tidak punya harga)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizechart.cpp" line="69"/>
        <location filename="../../ui/evaluate/optimizechart.cpp" line="170"/>
        <source>Original</source>
        <translation>Asli</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizechart.cpp" line="69"/>
        <source>Round %1</source>
        <translation>Putaran %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizechart.cpp" line="71"/>
        <source>%1: running</source>
        <translation>%1: berjalan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/optimizechart.cpp" line="74"/>
        <source>%1: best training score %2, %n candidate(s) evaluated, %3 tokens</source>
        <translation>
            <numerusform>%1: skor latihan terbaik %2, %n kandidat dievaluasi, %3 token</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizechart.cpp" line="79"/>
        <source>Held-out cases: original %1, winner %2</source>
        <translation>Kasus uji: asli %1, pemenang %2</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizechart.cpp" line="124"/>
        <source>Training (best)</source>
        <translation>Latihan (terbaik)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizechart.cpp" line="128"/>
        <source>Candidates</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizechart.cpp" line="133"/>
        <source>Held-out</source>
        <translation>Uji</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizechart.cpp" line="138"/>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
</context>
<context>
    <name>pw::OptimizeDialog</name>
    <message>
        <location filename="../../ui/evaluate/optimizedialog.cpp" line="45"/>
        <source>Optimize the Prompt</source>
        <translation>Optimalkan Prompt</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizedialog.cpp" line="47"/>
        <source>The tool model writes improved candidates from the failing cases, round by round; each is scored on the training cases, and the winner is checked on held-out cases it never saw.</source>
        <translation>Model alat menulis kandidat yang lebih baik dari kasus yang gagal, putaran demi putaran; masing-masing dinilai pada kasus latihan, dan pemenangnya diperiksa pada kasus uji yang belum pernah dilihatnya.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizedialog.cpp" line="56"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizedialog.cpp" line="60"/>
        <source> thousand tokens</source>
        <translation> ribu token</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizedialog.cpp" line="61"/>
        <source>no limit</source>
        <translation>tanpa batas</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizedialog.cpp" line="64"/>
        <source>&amp;Rounds:</source>
        <translation>&amp;Putaran:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizedialog.cpp" line="65"/>
        <source>&amp;Candidates per round:</source>
        <translation>&amp;Kandidat per putaran:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizedialog.cpp" line="66"/>
        <source>&amp;Held out:</source>
        <translation>Di&amp;sisihkan:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizedialog.cpp" line="67"/>
        <source>&amp;Seed of the split:</source>
        <translation>&amp;Benih pembagian:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizedialog.cpp" line="68"/>
        <source>Token &amp;budget:</source>
        <translation>A&amp;nggaran token:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizedialog.cpp" line="76"/>
        <source>&amp;Optimize</source>
        <translation>&amp;Optimalkan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/optimizedialog.cpp" line="128"/>
        <source>%n case(s) in the suite: %1 for training, %2 held out.</source>
        <translation>
            <numerusform>%n kasus dalam rangkaian: %1 untuk latihan, %2 disisihkan.</numerusform>
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
        <translation>Menyiapkan mesin…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="44"/>
        <source>Scoring the original on the training cases…</source>
        <translation>Menilai prompt asli pada kasus latihan…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="46"/>
        <source>Round %1: the tool model writes %n candidate(s)…</source>
        <translation>
            <numerusform>Putaran %1: model alat menulis %n kandidat…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="48"/>
        <source>Round %1: scoring the candidates on the training cases…</source>
        <translation>Putaran %1: menilai kandidat pada kasus latihan…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="50"/>
        <source>Checking the winner and the original on the held-out cases…</source>
        <translation>Memeriksa pemenang dan prompt asli pada kasus uji…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="61"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="62"/>
        <source>Show the Winner</source>
        <translation>Tampilkan Pemenang</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="63"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="68"/>
        <source>Optimization</source>
        <translation>Optimasi</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="79"/>
        <source>Stop now and keep the best prompt so far (Esc)</source>
        <translation>Berhenti sekarang dan simpan prompt terbaik sejauh ini (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="88"/>
        <source>Prompts tried</source>
        <translation>Prompt yang dicoba</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="90"/>
        <source>Round</source>
        <translation>Putaran</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="90"/>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="90"/>
        <source>Training score</source>
        <translation>Skor latihan</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="90"/>
        <source>Passed</source>
        <translation>Lulus</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="90"/>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="90"/>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="90"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="148"/>
        <source>Original</source>
        <translation>Asli</translation>
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
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="217"/>
        <source>%1 tokens</source>
        <translation>%1 token</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/optimizepanel.cpp" line="219"/>
        <source>≈ $%1 (estimate)</source>
        <translation>≈ $%1 (perkiraan)</translation>
    </message>
</context>
<context>
    <name>pw::OptimizeRunner</name>
    <message>
        <location filename="../../ui/evaluate/optimizerunner.cpp" line="44"/>
        <source>The %1 engine cannot write candidates and run them: choose claude or openai in the toolbar.</source>
        <translation>Mesin %1 tidak dapat menulis dan menjalankan kandidat: pilih claude atau openai di bilah alat.</translation>
    </message>
</context>
<context>
    <name>pw::Optimizer</name>
    <message>
        <location filename="../../core/eval/optimizer.cpp" line="111"/>
        <source>With %1 case(s) nothing can be held out: the winner is not checked on cases the search did not see.</source>
        <translation>Dengan %1 kasus tidak ada yang bisa disisihkan: pemenang tidak diperiksa pada kasus yang tidak dilihat pencarian.</translation>
    </message>
    <message>
        <location filename="../../core/eval/optimizer.cpp" line="115"/>
        <source>Only %1 case(s) are held out: one case moves the held-out score by %2 points, so take the comparison as a hint (%3 or more held-out cases mean more).</source>
        <translation>Hanya %1 kasus yang disisihkan: satu kasus menggeser skor uji sebesar %2 poin, jadi anggap perbandingan ini petunjuk (%3 kasus uji atau lebih lebih bermakna).</translation>
    </message>
    <message>
        <location filename="../../core/eval/optimizer.cpp" line="280"/>
        <source>original</source>
        <translation>asli</translation>
    </message>
    <message>
        <location filename="../../core/eval/optimizer.cpp" line="418"/>
        <source>The tool model did not write it: %1</source>
        <translation>Model alat tidak menulisnya: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/optimizer.cpp" line="425"/>
        <source>It drops %1 of the original.</source>
        <translation>Kandidat ini menghilangkan %1 dari prompt asli.</translation>
    </message>
    <message>
        <location filename="../../core/eval/optimizer.cpp" line="427"/>
        <source>It is the same as the best prompt so far.</source>
        <translation>Sama dengan prompt terbaik sejauh ini.</translation>
    </message>
    <message>
        <location filename="../../core/eval/optimizer.cpp" line="462"/>
        <location filename="../../core/eval/optimizer.cpp" line="510"/>
        <source>Not evaluated: the budget was spent.</source>
        <translation>Tidak dievaluasi: anggaran sudah habis.</translation>
    </message>
    <message>
        <location filename="../../core/eval/optimizer.cpp" line="479"/>
        <source>round %1, candidate %2</source>
        <translation>putaran %1, kandidat %2</translation>
    </message>
    <message>
        <location filename="../../core/eval/optimizer.cpp" line="548"/>
        <source>original, held out</source>
        <translation>asli, kasus uji</translation>
    </message>
    <message>
        <location filename="../../core/eval/optimizer.cpp" line="551"/>
        <source>winner, held out</source>
        <translation>pemenang, kasus uji</translation>
    </message>
    <message>
        <location filename="../../core/eval/optimizer.cpp" line="609"/>
        <source>Round %1 brought no better prompt.</source>
        <translation>Putaran %1 tidak menghasilkan prompt yang lebih baik.</translation>
    </message>
    <message>
        <location filename="../../core/eval/optimizer.cpp" line="612"/>
        <source>Every training case passes: the failures the search learns from are gone.</source>
        <translation>Semua kasus latihan lulus: tidak ada lagi kegagalan untuk dipelajari pencarian.</translation>
    </message>
    <message>
        <location filename="../../core/eval/optimizer.cpp" line="615"/>
        <source>All %1 round(s) are done.</source>
        <translation>Semua %1 putaran selesai.</translation>
    </message>
    <message>
        <location filename="../../core/eval/optimizer.cpp" line="618"/>
        <source>The budget of %1 tokens is spent.</source>
        <translation>Anggaran %1 token sudah habis.</translation>
    </message>
    <message>
        <location filename="../../core/eval/optimizer.cpp" line="621"/>
        <source>The budget of $%1 is spent.</source>
        <translation>Anggaran $%1 sudah habis.</translation>
    </message>
    <message>
        <location filename="../../core/eval/optimizer.cpp" line="624"/>
        <source>Canceled: the best prompt so far (training score %1) is the winner; it was not checked on the held-out cases.</source>
        <translation>Dibatalkan: prompt terbaik sejauh ini (skor latihan %1) adalah pemenangnya; ia belum diperiksa pada kasus uji.</translation>
    </message>
</context>
<context>
    <name>pw::PriceTable</name>
    <message>
        <location filename="../../core/eval/prices.cpp" line="56"/>
        <source>expected a JSON object with &quot;prices&quot;</source>
        <translation>diharapkan objek JSON dengan &quot;prices&quot;</translation>
    </message>
    <message>
        <location filename="../../core/eval/prices.cpp" line="65"/>
        <source>must be a number from 0 to 1</source>
        <translation>harus berupa angka dari 0 sampai 1</translation>
    </message>
    <message>
        <location filename="../../core/eval/prices.cpp" line="73"/>
        <source>must be an array (found %1)</source>
        <translation>harus berupa array (ditemukan %1)</translation>
    </message>
    <message>
        <location filename="../../core/eval/prices.cpp" line="83"/>
        <source>must be an object with a non-empty &quot;match&quot;</source>
        <translation>harus berupa objek dengan &quot;match&quot; yang tidak kosong</translation>
    </message>
    <message>
        <location filename="../../core/eval/prices.cpp" line="94"/>
        <source>must be a number, 0 or more</source>
        <translation>harus berupa angka, 0 atau lebih</translation>
    </message>
    <message>
        <location filename="../../core/eval/prices.cpp" line="112"/>
        <source>cannot read the file: %1</source>
        <translation>tidak dapat membaca file: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/prices.cpp" line="118"/>
        <source>(the bundled prices are used)</source>
        <translation>(harga bawaan yang dipakai)</translation>
    </message>
</context>
<context>
    <name>pw::PromptAnalysis</name>
    <message numerus="yes">
        <location filename="../../core/analysis/promptanalysis.cpp" line="37"/>
        <source>%n more finding(s) not shown; promptwerk-cli lint lists them all.</source>
        <translation>
            <numerusform>%n temuan lainnya tidak ditampilkan; promptwerk-cli lint menampilkan semuanya.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pw::PromptChecks</name>
    <message>
        <location filename="../../core/analysis/checks.cpp" line="57"/>
        <source>&lt;%1&gt; looks like a placeholder, but only {{%2}} is filled in; use {{%2}} or close the tag</source>
        <translation>&lt;%1&gt; tampak seperti placeholder, tetapi hanya {{%2}} yang diisi; gunakan {{%2}} atau tutup tag tersebut</translation>
    </message>
    <message>
        <location filename="../../core/analysis/checks.cpp" line="62"/>
        <source>&lt;%1&gt; is opened here and never closed</source>
        <translation>&lt;%1&gt; dibuka di sini dan tidak pernah ditutup</translation>
    </message>
    <message>
        <location filename="../../core/analysis/checks.cpp" line="70"/>
        <source>&lt;/%1&gt; closes a tag that was never opened</source>
        <translation>&lt;/%1&gt; menutup tag yang tidak pernah dibuka</translation>
    </message>
    <message>
        <location filename="../../core/analysis/checks.cpp" line="108"/>
        <source>%1 is not a variable: only {{%2}} (no spaces, double braces) is filled in</source>
        <translation>%1 bukan variabel: hanya {{%2}} (tanpa spasi, kurung kurawal ganda) yang diisi</translation>
    </message>
    <message>
        <location filename="../../core/analysis/checks.cpp" line="151"/>
        <source>the prefill (final assistant message) ends in whitespace, which the API rejects; remove it</source>
        <translation>prefill (pesan asisten terakhir) diakhiri spasi, yang ditolak oleh API; hapus spasi tersebut</translation>
    </message>
    <message>
        <location filename="../../core/analysis/checks.cpp" line="157"/>
        <source>%1 does not accept a prefill (a final assistant message): Claude 4.6 and later answer it with a 400; move it into the user message as an instruction, or remove it</source>
        <translation>%1 tidak menerima prefill (pesan asisten terakhir): Claude 4.6 dan yang lebih baru menjawabnya dengan 400; pindahkan ke pesan pengguna sebagai instruksi, atau hapus</translation>
    </message>
    <message>
        <location filename="../../core/analysis/checks.cpp" line="173"/>
        <source>{{%1}} has no test value</source>
        <translation>{{%1}} tidak memiliki nilai uji</translation>
    </message>
    <message>
        <location filename="../../core/analysis/checks.cpp" line="179"/>
        <source>the test value %1 is not used: the prompt has no {{%1}}</source>
        <translation>nilai uji %1 tidak dipakai: prompt tidak berisi {{%1}}</translation>
    </message>
    <message>
        <location filename="../../core/analysis/checks.cpp" line="192"/>
        <source>the prompt has no text: neither a system prompt nor a message with text</source>
        <translation>prompt tidak berisi teks: tidak ada prompt sistem maupun pesan yang berisi teks</translation>
    </message>
    <message>
        <location filename="../../core/analysis/checks.cpp" line="205"/>
        <source>the %1 message is empty</source>
        <translation>pesan %1 kosong</translation>
    </message>
    <message>
        <location filename="../../core/analysis/checks.cpp" line="206"/>
        <source>the %1 message is only whitespace</source>
        <translation>pesan %1 hanya berisi spasi</translation>
    </message>
    <message>
        <location filename="../../core/analysis/checks.cpp" line="216"/>
        <source>this text block is empty or only whitespace, which the API rejects</source>
        <translation>blok teks ini kosong atau hanya berisi spasi, yang ditolak oleh API</translation>
    </message>
</context>
<context>
    <name>pw::PromptDiff</name>
    <message>
        <location filename="../../ui/prompttext.cpp" line="16"/>
        <location filename="../../core/diff/promptdiff.cpp" line="147"/>
        <source>user</source>
        <translation>pengguna</translation>
    </message>
    <message>
        <location filename="../../ui/prompttext.cpp" line="17"/>
        <location filename="../../core/diff/promptdiff.cpp" line="148"/>
        <source>assistant</source>
        <translation>asisten</translation>
    </message>
    <message>
        <location filename="../../ui/prompttext.cpp" line="19"/>
        <location filename="../../core/diff/promptdiff.cpp" line="149"/>
        <source>Message %1 · %2</source>
        <translation>Pesan %1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/prompttext.cpp" line="13"/>
        <location filename="../../core/diff/promptdiff.cpp" line="203"/>
        <location filename="../../core/diff/promptdiff.cpp" line="210"/>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <location filename="../../core/diff/promptdiff.cpp" line="216"/>
        <source>1 change</source>
        <translation>1 perubahan</translation>
    </message>
    <message>
        <location filename="../../core/diff/promptdiff.cpp" line="217"/>
        <source>%1 changes</source>
        <translation>%1 perubahan</translation>
    </message>
    <message>
        <location filename="../../core/diff/promptdiff.cpp" line="218"/>
        <source> · words +%1 −%2</source>
        <translation> · kata +%1 −%2</translation>
    </message>
    <message>
        <location filename="../../core/diff/promptdiff.cpp" line="219"/>
        <source> · variables +%1 −%2</source>
        <translation> · variabel +%1 −%2</translation>
    </message>
    <message>
        <location filename="../../core/diff/promptdiff.cpp" line="223"/>
        <source>, %1 renamed</source>
        <translation>, %1 diganti nama</translation>
    </message>
    <message>
        <location filename="../../core/diff/promptdiff.cpp" line="225"/>
        <source> · messages +%1 −%2, %3 moved</source>
        <translation> · pesan +%1 −%2, %3 dipindah</translation>
    </message>
    <message>
        <location filename="../../core/diff/promptdiff.cpp" line="230"/>
        <source> · tokens ≈%1%2</source>
        <translation> · token ≈%1%2</translation>
    </message>
</context>
<context>
    <name>pw::PromptJson</name>
    <message>
        <location filename="../../core/prompt/promptjson.cpp" line="260"/>
        <source>%1:%2:%3: invalid JSON: %4</source>
        <translation>%1:%2:%3: JSON tidak valid: %4</translation>
    </message>
    <message>
        <location filename="../../core/prompt/promptjson.cpp" line="286"/>
        <source>%1:%2:%3: the file is not valid UTF-8 text (byte %4)</source>
        <translation>%1:%2:%3: berkas bukan teks UTF-8 yang valid (byte %4)</translation>
    </message>
    <message>
        <location filename="../../core/prompt/promptjson.cpp" line="316"/>
        <source>%1: a JSON prompt must be an object with &quot;messages&quot; (and optionally &quot;system&quot;)</source>
        <translation>%1: prompt JSON harus berupa objek dengan &quot;messages&quot; (dan opsional &quot;system&quot;)</translation>
    </message>
</context>
<context>
    <name>pw::PromptRun</name>
    <message>
        <location filename="../../core/eval/promptrun.cpp" line="24"/>
        <source>(no engine)</source>
        <translation>(tanpa mesin)</translation>
    </message>
    <message>
        <location filename="../../core/eval/promptrun.cpp" line="77"/>
        <source>the %1 engine cannot run prompts; engines that can: %2</source>
        <translation>mesin %1 tidak dapat menjalankan prompt; mesin yang dapat: %2</translation>
    </message>
    <message>
        <location filename="../../core/eval/promptrun.cpp" line="84"/>
        <source>no target model: choose the model to run the prompt on</source>
        <translation>tidak ada model target: pilih model untuk menjalankan prompt</translation>
    </message>
    <message>
        <location filename="../../core/eval/promptrun.cpp" line="86"/>
        <source>the prompt has no message to send</source>
        <translation>prompt tidak memiliki pesan untuk dikirim</translation>
    </message>
    <message>
        <location filename="../../core/eval/promptrun.cpp" line="89"/>
        <source>max_tokens must be at least 1 (found %1)</source>
        <translation>max_tokens harus minimal 1 (ditemukan %1)</translation>
    </message>
    <message>
        <location filename="../../core/eval/promptrun.cpp" line="94"/>
        <source>temperature must be from 0 to %1 (found %2)</source>
        <translation>temperature harus dari 0 sampai %1 (ditemukan %2)</translation>
    </message>
    <message>
        <location filename="../../core/eval/promptrun.cpp" line="100"/>
        <source>top_p must be from 0 to 1 (found %1)</source>
        <translation>top_p harus dari 0 sampai 1 (ditemukan %1)</translation>
    </message>
    <message>
        <location filename="../../core/eval/promptrun.cpp" line="104"/>
        <source>a stop sequence must contain something other than white space</source>
        <translation>urutan henti harus berisi sesuatu selain spasi</translation>
    </message>
    <message>
        <location filename="../../core/eval/promptrun.cpp" line="112"/>
        <source>a thinking budget is a Messages API setting: the openai engine cannot send one</source>
        <translation>anggaran berpikir adalah pengaturan Messages API: mesin openai tidak dapat mengirimnya</translation>
    </message>
    <message>
        <location filename="../../core/eval/promptrun.cpp" line="119"/>
        <source>%1 rejects a prefill (a last message from the assistant): Claude 4.6 and later models do; remove the last assistant message or ask for the start of the answer in the user message</source>
        <translation>%1 menolak prefill (pesan terakhir dari asisten): model Claude 4.6 dan yang lebih baru menolaknya; hapus pesan asisten terakhir atau minta awal jawaban di pesan pengguna</translation>
    </message>
    <message>
        <location filename="../../core/eval/promptrun.cpp" line="126"/>
        <source>%1 rejects temperature and top_p: Claude 4.7 and later models do; leave them unset</source>
        <translation>%1 menolak temperature dan top_p: model Claude 4.7 dan yang lebih baru menolaknya; biarkan tidak diatur</translation>
    </message>
    <message>
        <location filename="../../core/eval/promptrun.cpp" line="133"/>
        <source>the thinking budget must be at least %1 tokens (found %2)</source>
        <translation>anggaran berpikir harus minimal %1 token (ditemukan %2)</translation>
    </message>
    <message>
        <location filename="../../core/eval/promptrun.cpp" line="138"/>
        <source>the thinking budget (%1) must be below max_tokens (%2): thinking counts towards max_tokens</source>
        <translation>anggaran berpikir (%1) harus di bawah max_tokens (%2): berpikir dihitung dalam max_tokens</translation>
    </message>
    <message>
        <location filename="../../core/eval/promptrun.cpp" line="144"/>
        <source>extended thinking cannot be combined with a prefill (a last message from the assistant)</source>
        <translation>berpikir diperluas tidak dapat digabung dengan prefill (pesan terakhir dari asisten)</translation>
    </message>
    <message>
        <location filename="../../core/eval/promptrun.cpp" line="148"/>
        <source>extended thinking takes no temperature other than 1 and no top_p below 0.95</source>
        <translation>berpikir diperluas tidak menerima temperature selain 1 dan top_p di bawah 0.95</translation>
    </message>
    <message>
        <location filename="../../core/eval/promptrun.cpp" line="251"/>
        <source>canceled</source>
        <translation>dibatalkan</translation>
    </message>
</context>
<context>
    <name>pw::PromptRunPanel</name>
    <message>
        <location filename="../../ui/promptrunpanel.cpp" line="22"/>
        <source>%1 ms</source>
        <translation>%1 md</translation>
    </message>
    <message>
        <location filename="../../ui/promptrunpanel.cpp" line="23"/>
        <source>%1 s</source>
        <translation>%1 dtk</translation>
    </message>
    <message>
        <location filename="../../ui/promptrunpanel.cpp" line="34"/>
        <source>%1 in · %2 out</source>
        <translation>%1 masuk · %2 keluar</translation>
    </message>
    <message>
        <location filename="../../ui/promptrunpanel.cpp" line="37"/>
        <source>first token %1</source>
        <translation>token pertama %1</translation>
    </message>
    <message>
        <location filename="../../ui/promptrunpanel.cpp" line="39"/>
        <source>total %1</source>
        <translation>total %1</translation>
    </message>
    <message>
        <location filename="../../ui/promptrunpanel.cpp" line="43"/>
        <source>≈ $%1 (estimate)</source>
        <translation>≈ $%1 (perkiraan)</translation>
    </message>
    <message>
        <location filename="../../ui/promptrunpanel.cpp" line="45"/>
        <source>cost unknown (no price for this model)</source>
        <translation>biaya tidak diketahui (tidak ada harga untuk model ini)</translation>
    </message>
    <message>
        <location filename="../../ui/promptrunpanel.cpp" line="51"/>
        <source>Answer</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <location filename="../../ui/promptrunpanel.cpp" line="52"/>
        <source>&amp;Run</source>
        <translation>&amp;Jalankan</translation>
    </message>
    <message>
        <location filename="../../ui/promptrunpanel.cpp" line="52"/>
        <source>Stop</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <location filename="../../ui/promptrunpanel.cpp" line="62"/>
        <source>Stop the run (Esc)</source>
        <translation>Hentikan proses (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/promptrunpanel.cpp" line="79"/>
        <source>The answer of the prompt, filled with the variables&apos; test values, appears here.</source>
        <translation>Jawaban atas prompt, yang diisi dengan nilai uji variabel, muncul di sini.</translation>
    </message>
    <message>
        <location filename="../../ui/promptrunpanel.cpp" line="80"/>
        <source>Answer of the prompt</source>
        <translation>Jawaban atas prompt</translation>
    </message>
    <message>
        <location filename="../../ui/promptrunpanel.cpp" line="86"/>
        <source>Stop reason, input and output tokens, time to first token, total time and the cost estimated from list prices</source>
        <translation>Alasan berhenti, token masukan dan keluaran, waktu hingga token pertama, waktu total, dan biaya yang diperkirakan dari harga daftar</translation>
    </message>
    <message>
        <location filename="../../ui/promptrunpanel.cpp" line="97"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/promptrunpanel.cpp" line="103"/>
        <source>Answer of %1</source>
        <translation>Jawaban %1</translation>
    </message>
    <message>
        <location filename="../../ui/promptrunpanel.cpp" line="163"/>
        <source>Running… %1</source>
        <translation>Berjalan… %1</translation>
    </message>
</context>
<context>
    <name>pw::PromptRunner</name>
    <message>
        <location filename="../../ui/promptrunner.cpp" line="28"/>
        <source>Looking up the %1 engine&apos;s settings…</source>
        <translation>Mencari pengaturan mesin %1…</translation>
    </message>
    <message>
        <location filename="../../ui/promptrunner.cpp" line="61"/>
        <source>Waiting for %1…</source>
        <translation>Menunggu %1…</translation>
    </message>
</context>
<context>
    <name>pw::PromptToolsRun</name>
    <message>
        <location filename="../../core/tools/engine.cpp" line="78"/>
        <source>Waiting for the prompt-tools server…</source>
        <translation>Menunggu server prompt-tools…</translation>
    </message>
</context>
<context>
    <name>pw::PromptValidation</name>
    <message>
        <location filename="../../core/prompt/validation.cpp" line="21"/>
        <source>at least one message is required</source>
        <translation>diperlukan setidaknya satu pesan</translation>
    </message>
    <message>
        <location filename="../../core/prompt/validation.cpp" line="29"/>
        <source>must hold at least one text block</source>
        <translation>harus berisi setidaknya satu blok teks</translation>
    </message>
    <message>
        <location filename="../../core/prompt/validation.cpp" line="35"/>
        <source>only text blocks are allowed (found &quot;%1&quot;)</source>
        <translation>hanya blok teks yang diizinkan (ditemukan &quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/prompt/validation.cpp" line="40"/>
        <source>cache_control is not allowed</source>
        <translation>cache_control tidak diizinkan</translation>
    </message>
    <message>
        <location filename="../../core/prompt/validation.cpp" line="49"/>
        <source>the first message must be from the user (found &quot;assistant&quot;)</source>
        <translation>pesan pertama harus dari pengguna (ditemukan &quot;assistant&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/prompt/validation.cpp" line="53"/>
        <source>an assistant message is only allowed last, as a prefill</source>
        <translation>pesan asisten hanya diizinkan di akhir, sebagai prefill</translation>
    </message>
</context>
<context>
    <name>pw::PromptWorkspace</name>
    <message>
        <location filename="../../ui/promptworkspace.cpp" line="67"/>
        <source>Typing Feedback</source>
        <translation>Mengetik Masukan</translation>
    </message>
    <message>
        <location filename="../../ui/promptworkspace.cpp" line="93"/>
        <source>Typing</source>
        <translation>Mengetik</translation>
    </message>
    <message>
        <location filename="../../ui/promptworkspace.cpp" line="139"/>
        <source>Add Message</source>
        <translation>Tambah Pesan</translation>
    </message>
    <message>
        <location filename="../../ui/promptworkspace.cpp" line="148"/>
        <source>Remove Message</source>
        <translation>Hapus Pesan</translation>
    </message>
    <message>
        <location filename="../../ui/promptworkspace.cpp" line="156"/>
        <source>Move Message</source>
        <translation>Pindahkan Pesan</translation>
    </message>
    <message>
        <location filename="../../ui/promptworkspace.cpp" line="165"/>
        <source>Change Role</source>
        <translation>Ubah Peran</translation>
    </message>
    <message>
        <location filename="../../ui/promptworkspace.cpp" line="176"/>
        <source>Edit Value of %1</source>
        <translation>Sunting Nilai %1</translation>
    </message>
    <message>
        <location filename="../../ui/promptworkspace.cpp" line="206"/>
        <source>Change Target Model</source>
        <translation>Ubah Model Sasaran</translation>
    </message>
</context>
<context>
    <name>pw::ResultsModel</name>
    <message>
        <location filename="../../ui/evaluate/resultsmodel.cpp" line="168"/>
        <source>not run</source>
        <translation>belum dijalankan</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultsmodel.cpp" line="170"/>
        <source>error: %1</source>
        <translation>galat: %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultsmodel.cpp" line="172"/>
        <source>canceled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultsmodel.cpp" line="175"/>
        <source>waiting</source>
        <translation>menunggu</translation>
    </message>
</context>
<context>
    <name>pw::ResultsPanel</name>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="62"/>
        <source>not run</source>
        <translation>belum dijalankan</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="65"/>
        <source>passed, score %1</source>
        <translation>lulus, skor %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="66"/>
        <source>failed, score %1</source>
        <translation>gagal, skor %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="68"/>
        <source>error: %1</source>
        <translation>galat: %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="70"/>
        <source>canceled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="74"/>
        <source>waiting</source>
        <translation>menunggu</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="86"/>
        <source>Results</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="99"/>
        <source>P: passes, F: fails, 1–5: rating, 0: clear your grade</source>
        <translation>P: lulus, F: gagal, 1–5: penilaian, 0: hapus nilai Anda</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="102"/>
        <source>All cases</source>
        <translation>Semua kasus</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="103"/>
        <source>Failures</source>
        <translation>Kegagalan</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="104"/>
        <source>Versions disagree</source>
        <translation>Versi tidak sepakat</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="112"/>
        <source>Result detail</source>
        <translation>Rincian hasil</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="114"/>
        <source>Your comment on this output</source>
        <translation>Komentar Anda atas keluaran ini</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="121"/>
        <source>Show:</source>
        <translation>Tampilkan:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="137"/>
        <source>Comment:</source>
        <translation>Komentar:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="277"/>
        <source>&lt;p&gt;Choose a result to see the whole output.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pilih hasil untuk melihat keluaran lengkapnya.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="288"/>
        <source>%1 in, %2 out</source>
        <translation>%1 masuk, %2 keluar</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="290"/>
        <source>%1 ms</source>
        <translation>%1 md</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="292"/>
        <source>≈ $%1 (estimate)</source>
        <translation>≈ $%1 (perkiraan)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="316"/>
        <source>From %1 to %2</source>
        <translation>Dari %1 ke %2</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="338"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: not run yet</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: belum dijalankan</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="348"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 of %3 passed (%4 %), mean score %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 dari %3 lulus (%4 %), skor rata-rata %5</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/resultspanel.cpp" line="355"/>
        <source>, %n error(s)</source>
        <translation>
            <numerusform>, %n galat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/resultspanel.cpp" line="357"/>
        <source>, %n not run</source>
        <translation>
            <numerusform>, %n belum dijalankan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="358"/>
        <source> · %1 tokens</source>
        <translation> · %1 token</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="360"/>
        <source> · ≈ $%1 (estimate)</source>
        <translation> · ≈ $%1 (perkiraan)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="362"/>
        <source> · p50 %1 ms, p95 %2 ms</source>
        <translation> · p50 %1 md, p95 %2 md</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/resultspanel.cpp" line="377"/>
        <source> · your grades: %1 pass, %2 fail</source>
        <translation> · nilai Anda: %1 lulus, %2 gagal</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/resultspanel.cpp" line="379"/>
        <source>, mean rating %1 (%n rated)</source>
        <translation>
            <numerusform>, penilaian rata-rata %1 (%n dinilai)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pw::RunPanel</name>
    <message>
        <location filename="../../ui/runpanel.cpp" line="24"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/runpanel.cpp" line="32"/>
        <source>Time since the run started</source>
        <translation>Waktu sejak proses dimulai</translation>
    </message>
    <message>
        <location filename="../../ui/runpanel.cpp" line="33"/>
        <source>Tokens used so far (≈: estimated from the text received)</source>
        <translation>Token yang terpakai sejauh ini (≈: perkiraan dari teks yang diterima)</translation>
    </message>
    <message>
        <location filename="../../ui/runpanel.cpp" line="52"/>
        <source>The prompt appears here as the model writes it.</source>
        <translation>Prompt muncul di sini saat model menulisnya.</translation>
    </message>
    <message>
        <location filename="../../ui/runpanel.cpp" line="53"/>
        <source>Streamed answer</source>
        <translation>Jawaban yang dialirkan</translation>
    </message>
    <message>
        <location filename="../../ui/runpanel.cpp" line="78"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/runpanel.cpp" line="192"/>
        <source>%1 in · %2%3 out</source>
        <translation>%1 masuk · %2%3 keluar</translation>
    </message>
</context>
<context>
    <name>pw::RunQueue</name>
    <message>
        <location filename="../../core/eval/runqueue.cpp" line="203"/>
        <source>The organisation&apos;s spend limit is reached (enforced_spend_limit_reached), so the run stopped; the finished cells are kept. Raise the limit in the console, then resume the run.</source>
        <translation>Batas pengeluaran organisasi tercapai (enforced_spend_limit_reached), sehingga proses dihentikan; sel yang selesai tetap disimpan. Naikkan batasnya di konsol, lalu lanjutkan prosesnya.</translation>
    </message>
    <message>
        <location filename="../../core/eval/runqueue.cpp" line="207"/>
        <source>The run stopped: %1</source>
        <translation>Proses berhenti: %1</translation>
    </message>
    <message>
        <location filename="../../core/eval/runqueue.cpp" line="247"/>
        <source>case %1 is not among the test cases</source>
        <translation>kasus %1 tidak ada di antara kasus uji</translation>
    </message>
    <message>
        <location filename="../../core/eval/promptrun.cpp" line="50"/>
        <source>case %1 has no value for %2</source>
        <translation>kasus %1 tidak memiliki nilai untuk %2</translation>
    </message>
</context>
<context>
    <name>pw::RunSettingsPanel</name>
    <message>
        <location filename="../../ui/runsettingspanel.cpp" line="128"/>
        <source>Temperat&amp;ure:</source>
        <translation>S&amp;uhu:</translation>
    </message>
    <message>
        <location filename="../../ui/runsettingspanel.cpp" line="129"/>
        <source>Top &amp;p:</source>
        <translation>Top &amp;p:</translation>
    </message>
    <message>
        <location filename="../../ui/runsettingspanel.cpp" line="165"/>
        <source>Where the prompt runs: the target model is sent this engine&apos;s way</source>
        <translation>Tempat prompt dijalankan: model sasaran dikirimi dengan cara mesin ini</translation>
    </message>
    <message>
        <location filename="../../ui/runsettingspanel.cpp" line="166"/>
        <source>Run &amp;with:</source>
        <translation>Jalankan le&amp;wat:</translation>
    </message>
    <message>
        <location filename="../../ui/runsettingspanel.cpp" line="171"/>
        <source>The most tokens the answer may have (thinking included)</source>
        <translation>Token terbanyak yang boleh dimiliki jawaban (termasuk berpikir)</translation>
    </message>
    <message>
        <location filename="../../ui/runsettingspanel.cpp" line="172"/>
        <source>Ma&amp;x tokens:</source>
        <translation>Ma&amp;ks. token:</translation>
    </message>
    <message>
        <location filename="../../ui/runsettingspanel.cpp" line="180"/>
        <source>Unticked: not sent, the model&apos;s default applies</source>
        <translation>Tidak dicentang: tidak dikirim, bawaan model yang berlaku</translation>
    </message>
    <message>
        <location filename="../../ui/runsettingspanel.cpp" line="193"/>
        <source>none; separate with commas</source>
        <translation>tidak ada; pisahkan dengan koma</translation>
    </message>
    <message>
        <location filename="../../ui/runsettingspanel.cpp" line="194"/>
        <source>Text that ends the answer when the model writes it. Separate several with commas; \n is a line break, \, a comma, \\ a backslash.</source>
        <translation>Teks yang mengakhiri jawaban saat model menuliskannya. Pisahkan beberapa dengan koma; \n adalah baris baru, \, koma, \\ garis miring terbalik.</translation>
    </message>
    <message>
        <location filename="../../ui/runsettingspanel.cpp" line="196"/>
        <source>Stop se&amp;quences:</source>
        <translation>&amp;Frasa henti:</translation>
    </message>
    <message>
        <location filename="../../ui/runsettingspanel.cpp" line="202"/>
        <source>off</source>
        <translation>mati</translation>
    </message>
    <message>
        <location filename="../../ui/runsettingspanel.cpp" line="203"/>
        <source>Tokens the model may spend thinking before it answers (extended thinking); 0: off</source>
        <translation>Token yang boleh dipakai model untuk berpikir sebelum menjawab (extended thinking); 0: mati</translation>
    </message>
    <message>
        <location filename="../../ui/runsettingspanel.cpp" line="204"/>
        <source>Thin&amp;king budget:</source>
        <translation>Anggaran be&amp;rpikir:</translation>
    </message>
</context>
<context>
    <name>pw::ScoreChart</name>
    <message>
        <location filename="../../ui/evaluate/scorechart.cpp" line="19"/>
        <source>Score per version</source>
        <translation>Skor per versi</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/scorechart.cpp" line="27"/>
        <source>%1: %2 % passed, mean score %3</source>
        <translation>%1: %2 % lulus, skor rata-rata %3</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/scorechart.cpp" line="31"/>
        <source>%1: not run yet</source>
        <translation>%1: belum dijalankan</translation>
    </message>
</context>
<context>
    <name>pw::SettingsDialog</name>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="70"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="73"/>
        <source>Engines</source>
        <translation>Mesin</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="136"/>
        <source>%1 is set in the environment (%2) and is used instead of this URL.</source>
        <translation>%1 diatur di lingkungan (%2) dan digunakan sebagai pengganti URL ini.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="141"/>
        <source>&amp;Base URL:</source>
        <translation>URL &amp;dasar:</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="145"/>
        <source>Reading the keychain…</source>
        <translation>Membaca keychain…</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="147"/>
        <source>API key for %1</source>
        <translation>Kunci API untuk %1</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="154"/>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="154"/>
        <source>Hide</source>
        <translation>Sembunyikan</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="155"/>
        <source>Show the key as text</source>
        <translation>Tampilkan kunci sebagai teks</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="155"/>
        <source>Hide the key</source>
        <translation>Sembunyikan kunci</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="167"/>
        <source>API &amp;key:</source>
        <translation>&amp;Kunci API:</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="170"/>
        <source>%1 (default)</source>
        <translation>%1 (bawaan)</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="172"/>
        <source>The model that runs Generate, Improve and Templatize; the target model is chosen in the window.</source>
        <translation>Model yang menjalankan Buat, Perbaiki, dan Jadikan Templat; model sasaran dipilih di jendela.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="174"/>
        <source>chosen by the server</source>
        <translation>dipilih oleh server</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="177"/>
        <source>&amp;Tool model:</source>
        <translation>Model &amp;alat:</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="181"/>
        <source> s</source>
        <translation> dtk</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="183"/>
        <source>How long the server may stay silent before the request fails</source>
        <translation>Berapa lama server boleh diam sebelum permintaan gagal</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="184"/>
        <source>T&amp;imeout:</source>
        <translation>&amp;Batas waktu:</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="193"/>
        <source>%1 is set in the environment: that key is used, not the one entered here.</source>
        <translation>%1 diatur di lingkungan: kunci itu yang digunakan, bukan yang dimasukkan di sini.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="195"/>
        <source>The claude and prompt-tools engines share this Anthropic key.</source>
        <translation>Mesin claude dan prompt-tools menggunakan kunci Anthropic yang sama.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="197"/>
        <source>Local servers such as Ollama need no key.</source>
        <translation>Server lokal seperti Ollama tidak memerlukan kunci.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="201"/>
        <source>The system keychain did not store this key: it is kept for this session only.</source>
        <translation>Keychain sistem tidak menyimpan kunci ini: kunci disimpan hanya untuk sesi ini.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="203"/>
        <source>Keys are stored in the system keychain, never in the settings file.</source>
        <translation>Kunci disimpan di keychain sistem, tidak pernah di berkas pengaturan.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="224"/>
        <source>Not set</source>
        <translation>Belum diatur</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="226"/>
        <source>The keychain could not be read: %1</source>
        <translation>Keychain tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="314"/>
        <source>Base URL of %1: %2</source>
        <translation>URL dasar %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="333"/>
        <source>The settings could not be written to %1.</source>
        <translation>Pengaturan tidak dapat ditulis ke %1.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="375"/>
        <source>The system keychain did not store the API key (its prompt was canceled or it refused). The key is kept for this session only: Promptwerk forgets it when it quits. Save again to retry, or Close to go on with it.</source>
        <translation>Keychain sistem tidak menyimpan kunci API (permintaannya dibatalkan atau ditolak). Kunci disimpan hanya untuk sesi ini: Promptwerk melupakannya saat keluar. Simpan lagi untuk mencoba ulang, atau Tutup untuk melanjutkan dengannya.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="378"/>
        <source>Close</source>
        <translation>Tutup</translation>
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
        <translation>Jendela</translation>
    </message>
    <message>
        <location filename="../../ui/helpwindows.cpp" line="90"/>
        <source>Keyboard Shortcuts</source>
        <translation>Pintasan Keyboard</translation>
    </message>
    <message>
        <location filename="../../ui/helpwindows.cpp" line="92"/>
        <source>Command</source>
        <translation>Perintah</translation>
    </message>
    <message>
        <location filename="../../ui/helpwindows.cpp" line="92"/>
        <source>Shortcut</source>
        <translation>Pintasan</translation>
    </message>
    <message>
        <location filename="../../ui/helpwindows.cpp" line="92"/>
        <source>Where</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../../ui/helpwindows.cpp" line="110"/>
        <source>Search commands, keys and menus</source>
        <translation>Cari perintah, tombol, dan menu</translation>
    </message>
    <message>
        <location filename="../../ui/helpwindows.cpp" line="111"/>
        <source>Search shortcuts</source>
        <translation>Cari pintasan</translation>
    </message>
</context>
<context>
    <name>pw::TemplateVerifier</name>
    <message>
        <location filename="../../core/analysis/templateverifier.cpp" line="58"/>
        <source>the original has no system prompt but the template has one</source>
        <translation>prompt asli tidak memiliki prompt sistem, tetapi templat memilikinya</translation>
    </message>
    <message>
        <location filename="../../core/analysis/templateverifier.cpp" line="60"/>
        <source>the original has a system prompt but the template has none</source>
        <translation>prompt asli memiliki prompt sistem, tetapi templat tidak</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/analysis/templateverifier.cpp" line="66"/>
        <source>the template has %n messages, the original %1</source>
        <translation>
            <numerusform>templat memiliki %n pesan, prompt asli %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/analysis/templateverifier.cpp" line="77"/>
        <source>the template has &quot;%1&quot; where the original has &quot;%2&quot;</source>
        <translation>templat berisi &quot;%1&quot; di tempat prompt asli berisi &quot;%2&quot;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/analysis/templateverifier.cpp" line="83"/>
        <source>the template has %n content blocks, the original %1</source>
        <translation>
            <numerusform>templat memiliki %n blok konten, prompt asli %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/analysis/templateverifier.cpp" line="92"/>
        <source>the template has a &quot;%1&quot; block where the original has &quot;%2&quot;</source>
        <translation>templat berisi blok &quot;%1&quot; di tempat prompt asli berisi &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../../core/analysis/templateverifier.cpp" line="502"/>
        <source>the template does not match the original</source>
        <translation>templat tidak cocok dengan prompt asli</translation>
    </message>
    <message>
        <location filename="../../core/analysis/templateverifier.cpp" line="510"/>
        <source>the template ends where the original continues with %1</source>
        <translation>templat berakhir di tempat prompt asli berlanjut dengan %1</translation>
    </message>
    <message>
        <location filename="../../core/analysis/templateverifier.cpp" line="515"/>
        <source>the template says %1 where the original ends</source>
        <translation>templat berisi %1 di tempat prompt asli berakhir</translation>
    </message>
    <message>
        <location filename="../../core/analysis/templateverifier.cpp" line="517"/>
        <source>the template says %1 where the original says %2</source>
        <translation>templat berisi %1 di tempat prompt asli berisi %2</translation>
    </message>
    <message>
        <location filename="../../core/analysis/templateverifier.cpp" line="522"/>
        <source>{{%1}} stands for %2 elsewhere, but the original says %3 here</source>
        <translation>{{%1}} mewakili %2 di tempat lain, tetapi prompt asli di sini berisi %3</translation>
    </message>
    <message>
        <location filename="../../core/analysis/templateverifier.cpp" line="524"/>
        <source>nothing more</source>
        <translation>tidak ada lagi</translation>
    </message>
    <message>
        <location filename="../../core/analysis/templateverifier.cpp" line="528"/>
        <source> (gave up: too many ways to split adjacent variables)</source>
        <translation> (dihentikan: terlalu banyak cara untuk memisahkan variabel yang berdampingan)</translation>
    </message>
    <message>
        <location filename="../../core/analysis/templateverifier.cpp" line="560"/>
        <source>renamed {{%1}} to {{%2}}: variable names are UPPER_SNAKE</source>
        <translation>{{%1}} diganti namanya menjadi {{%2}}: nama variabel ditulis UPPER_SNAKE</translation>
    </message>
    <message>
        <location filename="../../core/analysis/templateverifier.cpp" line="576"/>
        <source>variable_values has %1, which the template does not use; removed</source>
        <translation>variable_values berisi %1, yang tidak dipakai templat; dihapus</translation>
    </message>
    <message>
        <location filename="../../core/analysis/templateverifier.cpp" line="612"/>
        <source>variable_values recomputed: %1 was missing, the text says %2</source>
        <translation>variable_values dihitung ulang: %1 tidak ada, teksnya berisi %2</translation>
    </message>
    <message>
        <location filename="../../core/analysis/templateverifier.cpp" line="618"/>
        <source>variable_values recomputed: %1 was %2, the text says %3</source>
        <translation>variable_values dihitung ulang: %1 tadinya %2, teksnya berisi %3</translation>
    </message>
    <message>
        <location filename="../../core/analysis/templateverifier.cpp" line="626"/>
        <source>internal error: the recomputed values do not fill back</source>
        <translation>kesalahan internal: nilai yang dihitung ulang tidak menghasilkan teks asli saat diisikan kembali</translation>
    </message>
</context>
<context>
    <name>pw::TestCaseJson</name>
    <message>
        <location filename="../../core/model/testcasejson.cpp" line="44"/>
        <location filename="../../core/model/testcasejson.cpp" line="130"/>
        <source>must be a string (found %1)</source>
        <translation>harus berupa string (ditemukan %1)</translation>
    </message>
    <message>
        <location filename="../../core/model/testcasejson.cpp" line="53"/>
        <source>must be a number (found %1)</source>
        <translation>harus berupa angka (ditemukan %1)</translation>
    </message>
    <message>
        <location filename="../../core/model/testcasejson.cpp" line="63"/>
        <location filename="../../core/model/testcasejson.cpp" line="118"/>
        <location filename="../../core/model/testcasejson.cpp" line="224"/>
        <source>must be an object (found %1)</source>
        <translation>harus berupa objek (ditemukan %1)</translation>
    </message>
    <message>
        <location filename="../../core/model/testcasejson.cpp" line="77"/>
        <source>must be a text, a number or a boolean (found %1; lists of values are not supported)</source>
        <translation>harus berupa teks, angka, atau boolean (ditemukan %1; daftar nilai tidak didukung)</translation>
    </message>
    <message>
        <location filename="../../core/model/testcasejson.cpp" line="127"/>
        <source>must not be empty</source>
        <translation>tidak boleh kosong</translation>
    </message>
    <message>
        <location filename="../../core/model/testcasejson.cpp" line="129"/>
        <source>is required</source>
        <translation>wajib diisi</translation>
    </message>
    <message>
        <location filename="../../core/model/testcasejson.cpp" line="239"/>
        <source>must be an array (found %1)</source>
        <translation>harus berupa larik (ditemukan %1)</translation>
    </message>
</context>
<context>
    <name>pw::TestCaseModel</name>
    <message>
        <location filename="../../ui/evaluate/testcasemodel.cpp" line="100"/>
        <source>Add Test Case</source>
        <translation>Tambah Kasus Uji</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/testcasemodel.cpp" line="111"/>
        <source>Duplicate Test Cases</source>
        <translation>
            <numerusform>Duplikat Kasus Uji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/testcasemodel.cpp" line="123"/>
        <source>Delete Test Cases</source>
        <translation>
            <numerusform>Hapus Kasus Uji</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/testcasemodel.cpp" line="135"/>
        <source>Move Test Case</source>
        <translation>Pindahkan Kasus Uji</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/testcasemodel.cpp" line="258"/>
        <source>No assertions. Press Enter to add some.</source>
        <translation>Tidak ada asersi. Tekan Enter untuk menambahkan.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/testcasemodel.cpp" line="280"/>
        <source>Edit Value of %1</source>
        <translation>Sunting Nilai %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/testcasemodel.cpp" line="283"/>
        <source>Edit Ideal Output</source>
        <translation>Sunting Keluaran Ideal</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/testcasemodel.cpp" line="286"/>
        <source>Edit Case Description</source>
        <translation>Sunting Deskripsi Kasus</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/testcasemodel.cpp" line="301"/>
        <location filename="../../ui/evaluate/testcasemodel.cpp" line="394"/>
        <source>Ideal output</source>
        <translation>Keluaran ideal</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/testcasemodel.cpp" line="303"/>
        <location filename="../../ui/evaluate/testcasemodel.cpp" line="397"/>
        <source>Assertions</source>
        <translation>Asersi</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/testcasemodel.cpp" line="304"/>
        <location filename="../../ui/evaluate/testcasemodel.cpp" line="400"/>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/testcasemodel.cpp" line="441"/>
        <source>Row %1 has %2 cells, but the table has only %3 columns.</source>
        <translation>Baris %1 memiliki %2 sel, tetapi tabel hanya memiliki %3 kolom.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/testcasemodel.cpp" line="466"/>
        <source>Row %1, column %2: %3</source>
        <translation>Baris %1, kolom %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/testcasemodel.cpp" line="479"/>
        <source>The clipboard holds no rows of cells.</source>
        <translation>Papan klip tidak berisi baris sel.</translation>
    </message>
</context>
<context>
    <name>pw::ToolRun</name>
    <message>
        <location filename="../../core/tools/apicall.cpp" line="41"/>
        <source>%1. The tool model does not support structured JSON output: choose another tool model.</source>
        <translation>%1. Model alat tidak mendukung keluaran JSON terstruktur: pilih model alat lain.</translation>
    </message>
    <message>
        <location filename="../../core/tools/apicall.cpp" line="53"/>
        <source>%1; retrying in %2 s (attempt %3)</source>
        <translation>%1; mencoba lagi dalam %2 dtk (percobaan ke-%3)</translation>
    </message>
    <message>
        <location filename="../../core/tools/postprocess.cpp" line="35"/>
        <source>%1 rejects a trailing assistant prefill, so the suggested prefill was folded into the last user message</source>
        <translation>%1 menolak prefill asisten di akhir, jadi prefill yang disarankan digabungkan ke pesan pengguna terakhir</translation>
    </message>
    <message>
        <location filename="../../core/tools/postprocess.cpp" line="54"/>
        <source>The result is not a usable prompt: %1</source>
        <translation>Hasilnya bukan prompt yang dapat digunakan: %1</translation>
    </message>
    <message>
        <location filename="../../core/tools/postprocess.cpp" line="68"/>
        <source>The template does not match the original prompt: %1</source>
        <translation>Templat tidak cocok dengan prompt asli: %1</translation>
    </message>
    <message>
        <location filename="../../core/tools/toolrun.cpp" line="50"/>
        <location filename="../../core/tools/toolsession.cpp" line="106"/>
        <source>Canceled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <location filename="../../core/tools/toolrun.cpp" line="60"/>
        <source>Describe the task the prompt is for.</source>
        <translation>Jelaskan tugas untuk prompt ini.</translation>
    </message>
    <message>
        <location filename="../../core/tools/toolrun.cpp" line="67"/>
        <source>The prompt is empty.</source>
        <translation>Prompt kosong.</translation>
    </message>
</context>
<context>
    <name>pw::ToolSession</name>
    <message>
        <location filename="../../core/tools/toolsession.cpp" line="63"/>
        <source>Preparing the %1 engine…</source>
        <translation>Menyiapkan mesin %1…</translation>
    </message>
</context>
<context>
    <name>pw::VariableCheck</name>
    <message>
        <location filename="../../core/analysis/variablecheck.cpp" line="22"/>
        <source>the improved prompt dropped {{%1}}</source>
        <translation>prompt yang diperbaiki menghilangkan {{%1}}</translation>
    </message>
</context>
<context>
    <name>pw::VariableTable</name>
    <message>
        <location filename="../../ui/variabletable.cpp" line="75"/>
        <source>Variables</source>
        <translation>Variabel</translation>
    </message>
</context>
<context>
    <name>pw::Variables</name>
    <message>
        <location filename="../../core/prompt/variables.cpp" line="70"/>
        <source>%1 is not a valid variable name (a letter or underscore, then letters, digits or underscores, as in {{NAME}})</source>
        <translation>%1 bukan nama variabel yang valid (huruf atau garis bawah, lalu huruf, angka, atau garis bawah, seperti {{NAME}})</translation>
    </message>
</context>
<context>
    <name>pw::VariablesModel</name>
    <message>
        <location filename="../../ui/variablesmodel.cpp" line="54"/>
        <source>Double-click to find {{%1}} in the prompt</source>
        <translation>Klik dua kali untuk mencari {{%1}} di prompt</translation>
    </message>
    <message>
        <location filename="../../ui/variablesmodel.cpp" line="63"/>
        <source>No test value yet: double-click to enter one</source>
        <translation>Belum ada nilai uji: klik dua kali untuk mengisinya</translation>
    </message>
    <message>
        <location filename="../../ui/variablesmodel.cpp" line="94"/>
        <source>Variable</source>
        <translation>Variabel</translation>
    </message>
    <message>
        <location filename="../../ui/variablesmodel.cpp" line="96"/>
        <source>Test value</source>
        <translation>Nilai uji</translation>
    </message>
    <message>
        <location filename="../../ui/variablesmodel.cpp" line="98"/>
        <source>Uses</source>
        <translation>Penggunaan</translation>
    </message>
</context>
<context>
    <name>pw::WelcomePage</name>
    <message>
        <location filename="../../ui/welcomepage.cpp" line="76"/>
        <source>Welcome to Promptwerk</source>
        <translation>Selamat datang di Promptwerk</translation>
    </message>
    <message>
        <location filename="../../ui/welcomepage.cpp" line="82"/>
        <source>Write a system prompt and messages with {{VARIABLES}}, let a model generate, improve or templatize them, run them and evaluate them over test cases. Help &gt; Guide (%1) explains it in ten minutes.</source>
        <translation>Tulis prompt sistem dan pesan dengan {{VARIABLES}}, biarkan model membuat, memperbaiki, atau menjadikannya templat, jalankan, lalu evaluasi dengan kasus uji. Bantuan &gt; Panduan (%1) menjelaskannya dalam sepuluh menit.</translation>
    </message>
    <message>
        <location filename="../../ui/welcomepage.cpp" line="88"/>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location filename="../../ui/welcomepage.cpp" line="90"/>
        <source>New Prompt</source>
        <translation>Prompt Baru</translation>
    </message>
    <message>
        <location filename="../../ui/welcomepage.cpp" line="92"/>
        <source>Open…</source>
        <translation>Buka…</translation>
    </message>
    <message>
        <location filename="../../ui/welcomepage.cpp" line="102"/>
        <source>Try a sample</source>
        <translation>Coba contoh</translation>
    </message>
    <message>
        <location filename="../../ui/welcomepage.cpp" line="105"/>
        <source>A finished prompt with variables, test values and history. It opens as an untitled copy: saving asks for a name.</source>
        <translation>Prompt jadi dengan variabel, nilai uji, dan riwayat. Dibuka sebagai salinan tanpa judul: menyimpan akan meminta nama.</translation>
    </message>
    <message>
        <location filename="../../ui/welcomepage.cpp" line="108"/>
        <source>Open sample “%1”</source>
        <translation>Buka contoh “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/welcomepage.cpp" line="115"/>
        <source>Recent files</source>
        <translation>Berkas terbaru</translation>
    </message>
    <message>
        <location filename="../../ui/welcomepage.cpp" line="120"/>
        <source>Models and API keys</source>
        <translation>Model dan kunci API</translation>
    </message>
    <message>
        <location filename="../../ui/welcomepage.cpp" line="124"/>
        <source>&lt;p&gt;The tools run on an engine, chosen in the toolbar.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;claude&lt;/b&gt; needs an Anthropic API key: enter it in Settings (kept in the system keychain) or set ANTHROPIC_API_KEY.&lt;/li&gt;&lt;li&gt;&lt;b&gt;openai&lt;/b&gt; talks to an OpenAI-compatible server; a local one (Ollama, llama.cpp) needs no key.&lt;/li&gt;&lt;li&gt;&lt;b&gt;local&lt;/b&gt; works offline without a key: it templatizes and checks prompts, but cannot generate or improve.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Alat berjalan di mesin yang dipilih di bilah alat.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;claude&lt;/b&gt; memerlukan kunci API Anthropic: masukkan di Pengaturan (disimpan di keychain sistem) atau atur ANTHROPIC_API_KEY.&lt;/li&gt;&lt;li&gt;&lt;b&gt;openai&lt;/b&gt; berbicara dengan server yang kompatibel dengan OpenAI; server lokal (Ollama, llama.cpp) tidak memerlukan kunci.&lt;/li&gt;&lt;li&gt;&lt;b&gt;local&lt;/b&gt; bekerja offline tanpa kunci: menjadikan prompt templat dan memeriksanya, tetapi tidak bisa membuat atau memperbaiki.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/welcomepage.cpp" line="131"/>
        <source>Open Settings…</source>
        <translation>Buka Pengaturan…</translation>
    </message>
    <message>
        <location filename="../../ui/welcomepage.cpp" line="139"/>
        <source>Show this page at startup</source>
        <translation>Tampilkan halaman ini saat mulai</translation>
    </message>
    <message>
        <location filename="../../ui/welcomepage.cpp" line="156"/>
        <source>None yet: the files you open and save appear here.</source>
        <translation>Belum ada: berkas yang Anda buka dan simpan muncul di sini.</translation>
    </message>
</context>
</TS>
