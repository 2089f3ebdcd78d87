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
        <location filename="../../core/api/apierror.cpp" line="201"/>
        <source>network error</source>
        <translation>kesalahan jaringan</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="204"/>
        <source>timeout</source>
        <translation>batas waktu habis</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="207"/>
        <source>canceled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="210"/>
        <source>invalid response</source>
        <translation>jawaban tidak valid</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="213"/>
        <source>response too large</source>
        <translation>jawaban terlalu besar</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="216"/>
        <source>stream error</source>
        <translation>kesalahan aliran</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="219"/>
        <source>insecure URL</source>
        <translation>URL tidak aman</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="222"/>
        <source>configuration error</source>
        <translation>kesalahan konfigurasi</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="232"/>
        <source>(request %1)</source>
        <translation>(permintaan %1)</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="256"/>
        <source>the server redirects to %1; redirects are not followed, set the base URL to the final address</source>
        <translation>server mengalihkan ke %1; pengalihan tidak diikuti, atur URL dasar ke alamat akhirnya</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="269"/>
        <source>unexpected JSON body: %1</source>
        <translation>isi JSON yang tidak terduga: %1</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="275"/>
        <source>the server answered with %1</source>
        <translation>server menjawab dengan %1</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="284"/>
        <source>an empty body</source>
        <translation>isi kosong</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="291"/>
        <source>an HTML page instead of JSON</source>
        <translation>halaman HTML, bukan JSON</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="292"/>
        <source>an HTML page (&quot;%1&quot;) instead of JSON</source>
        <translation>halaman HTML (&quot;%1&quot;), bukan JSON</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="294"/>
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
        <location filename="../../core/api/apijob.cpp" line="22"/>
        <source>%1 s</source>
        <translation>%1 dtk</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="23"/>
        <source>%1 ms</source>
        <translation>%1 mdtk</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="29"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="30"/>
        <source>%1 bytes</source>
        <translation>%1 byte</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="119"/>
        <source>the request to %1 was canceled</source>
        <translation>permintaan ke %1 dibatalkan</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="127"/>
        <source>no network manager: the API client is gone</source>
        <translation>tidak ada pengelola jaringan: klien API sudah tidak ada</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="132"/>
        <source>no API key for %1 (set ANTHROPIC_API_KEY or store a key)</source>
        <translation>tidak ada kunci API untuk %1 (atur ANTHROPIC_API_KEY atau simpan kunci)</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="136"/>
        <source>the API key contains spaces, line breaks or non-ASCII characters; check how it was pasted</source>
        <translation>kunci API berisi spasi, jeda baris, atau karakter non-ASCII; periksa cara kunci itu ditempelkan</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="141"/>
        <source>invalid anthropic-beta value &quot;%1&quot;</source>
        <translation>nilai anthropic-beta &quot;%1&quot; tidak valid</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="219"/>
        <source>the answer from %1 announces %2, more than the limit of %3</source>
        <translation>jawaban dari %1 menyatakan ukuran %2, melebihi batas %3</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="232"/>
        <source>the answer from %1 is larger than the limit of %2</source>
        <translation>jawaban dari %1 lebih besar dari batas %2</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="284"/>
        <source>no answer from %1 within %2</source>
        <translation>tidak ada jawaban dari %1 dalam %2</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="285"/>
        <source>%1 stopped sending for %2</source>
        <translation>%1 berhenti mengirim selama %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/api/apijob.cpp" line="295"/>
        <source>the stream broke off after %n events: %1</source>
        <translation>
            <numerusform>aliran terputus setelah %n event: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="301"/>
        <source>%1 gave no HTTP answer</source>
        <translation>%1 tidak memberikan jawaban HTTP</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="318"/>
        <source>expected an event stream from %1, but the server answered with %2</source>
        <translation>diharapkan aliran event dari %1, tetapi server menjawab dengan %2</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="322"/>
        <source>%1 answered with %2</source>
        <translation>%1 menjawab dengan %2</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="326"/>
        <source>%1 answered with JSON that is not an object</source>
        <translation>%1 menjawab dengan JSON yang bukan objek</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="330"/>
        <source>unexpected answer from %1: %2</source>
        <translation>jawaban tak terduga dari %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="341"/>
        <source>%1 refused the connection</source>
        <translation>%1 menolak koneksi</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="344"/>
        <source>host %1 not found</source>
        <translation>host %1 tidak ditemukan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/api/apijob.cpp" line="350"/>
        <source>%1 closed the connection in the middle of the answer (after %n bytes)</source>
        <translation>
            <numerusform>%1 menutup koneksi di tengah jawaban (setelah %n byte)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="353"/>
        <source>%1 closed the connection without answering</source>
        <translation>%1 menutup koneksi tanpa menjawab</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="357"/>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>handshake TLS dengan %1 gagal: %2</translation>
    </message>
</context>
<context>
    <name>pw::AtomicWrite</name>
    <message>
        <location filename="../../core/document/atomicwrite.cpp" line="14"/>
        <source>cannot write %1: %2</source>
        <translation>tidak dapat menulis %1: %2</translation>
    </message>
</context>
<context>
    <name>pw::AutosaveStore</name>
    <message>
        <location filename="../../core/document/autosavestore.cpp" line="54"/>
        <source>autosave: &quot;%1&quot; is not a valid key (use AutosaveStore::newKey())</source>
        <translation>simpan otomatis: &quot;%1&quot; bukan kunci yang valid (gunakan AutosaveStore::newKey())</translation>
    </message>
    <message>
        <location filename="../../core/document/autosavestore.cpp" line="61"/>
        <source>cannot create the autosave folder %1</source>
        <translation>tidak dapat membuat folder simpan otomatis %1</translation>
    </message>
    <message>
        <location filename="../../core/document/autosavestore.cpp" line="94"/>
        <source>invalid JSON at byte %1: %2</source>
        <translation>JSON tidak valid pada byte %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/document/autosavestore.cpp" line="99"/>
        <source>not a Promptwerk recovery file</source>
        <translation>bukan berkas pemulihan Promptwerk</translation>
    </message>
    <message>
        <location filename="../../core/document/autosavestore.cpp" line="103"/>
        <source>recovery file version %1 is not one this Promptwerk reads (%2)</source>
        <translation>versi berkas pemulihan %1 tidak dapat dibaca oleh Promptwerk ini (%2)</translation>
    </message>
    <message>
        <location filename="../../core/document/autosavestore.cpp" line="114"/>
        <source>%1: must be an object</source>
        <translation>%1: harus berupa objek</translation>
    </message>
    <message>
        <location filename="../../core/document/autosavestore.cpp" line="143"/>
        <source>autosave: &quot;%1&quot; is not a valid key</source>
        <translation>simpan otomatis: &quot;%1&quot; bukan kunci yang valid</translation>
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
        <location filename="../../ui/comparearea.cpp" line="22"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="57"/>
        <source>Variable</source>
        <translation>Variabel</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="57"/>
        <source>Value found</source>
        <translation>Nilai yang ditemukan</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="63"/>
        <source>Values found</source>
        <translation>Nilai yang ditemukan</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="124"/>
        <source>Original</source>
        <translation>Asli</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="124"/>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
</context>
<context>
    <name>pw::DiffView</name>
    <message>
        <location filename="../../ui/diffview.cpp" line="47"/>
        <source>Previous change</source>
        <translation>Perubahan sebelumnya</translation>
    </message>
    <message>
        <location filename="../../ui/diffview.cpp" line="50"/>
        <source>Next change</source>
        <translation>Perubahan berikutnya</translation>
    </message>
    <message>
        <location filename="../../ui/diffview.cpp" line="63"/>
        <source>Ignore whitespace</source>
        <translation>Abaikan spasi</translation>
    </message>
    <message>
        <location filename="../../ui/diffview.cpp" line="163"/>
        <source>Comparing…</source>
        <translation>Membandingkan…</translation>
    </message>
    <message>
        <location filename="../../ui/diffview.cpp" line="228"/>
        <source>Variables added: %1</source>
        <translation>Variabel ditambahkan: %1</translation>
    </message>
    <message>
        <location filename="../../ui/diffview.cpp" line="230"/>
        <source>Variables removed: %1</source>
        <translation>Variabel dihapus: %1</translation>
    </message>
    <message>
        <location filename="../../ui/diffview.cpp" line="232"/>
        <source>Renamed: %1 → %2</source>
        <translation>Diganti nama: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/diffview.cpp" line="374"/>
        <source> replaces “%1”</source>
        <translation> menggantikan “%1”</translation>
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
        <translation>&amp;Baru</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="66"/>
        <source>&amp;Open…</source>
        <translation>B&amp;uka…</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="67"/>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="68"/>
        <source>Save &amp;As…</source>
        <translation>Simpan Se&amp;bagai…</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="69"/>
        <source>&amp;Import…</source>
        <translation>&amp;Impor…</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="70"/>
        <source>Bring a prompt file into this document as a new revision</source>
        <translation>Masukkan berkas prompt ke dokumen ini sebagai revisi baru</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="71"/>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="72"/>
        <source>Write the prompt as code or a template for another tool</source>
        <translation>Tulis prompt sebagai kode atau templat untuk alat lain</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="108"/>
        <source>Open &amp;Recent</source>
        <translation>Buka Te&amp;rbaru</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="122"/>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="169"/>
        <source>%1 could not be opened.</source>
        <translation>%1 tidak dapat dibuka.</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="175"/>
        <source>%1 could not be read.</source>
        <translation>%1 tidak dapat dibaca.</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="184"/>
        <location filename="../../ui/documentcontroller.cpp" line="209"/>
        <location filename="../../ui/documentcontroller.cpp" line="214"/>
        <source>%1 could not be imported.</source>
        <translation>%1 tidak dapat diimpor.</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="226"/>
        <source>Import %1</source>
        <translation>Impor %1</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="243"/>
        <source>Save Prompt</source>
        <translation>Simpan Prompt</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="243"/>
        <source>Promptwerk documents (*.%1)</source>
        <translation>Dokumen Promptwerk (*.%1)</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="257"/>
        <source>The prompt could not be saved.</source>
        <translation>Prompt tidak dapat disimpan.</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="265"/>
        <source>Saved %1</source>
        <translation>%1 disimpan</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="286"/>
        <source>The prompt could not be exported as %1.</source>
        <translation>Prompt tidak dapat diekspor sebagai %1.</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="291"/>
        <source>The prompt could not be exported.</source>
        <translation>Prompt tidak dapat diekspor.</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="294"/>
        <source>Exported %1</source>
        <translation>%1 diekspor</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="300"/>
        <location filename="../../ui/documentcontroller.cpp" line="370"/>
        <source>Untitled</source>
        <translation>Tanpa judul</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="302"/>
        <source>%1[*] — Promptwerk</source>
        <translation>%1[*] — Promptwerk</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="340"/>
        <source>Restore Revision %1</source>
        <translation>Pulihkan Revisi %1</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="342"/>
        <source>Revision %1 restored as revision %2. %3 brings the previous prompt back.</source>
        <translation>Revisi %1 dipulihkan sebagai revisi %2. %3 mengembalikan prompt sebelumnya.</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="372"/>
        <source>Unsaved Changes</source>
        <translation>Perubahan Belum Disimpan</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="372"/>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 memiliki perubahan yang belum disimpan. Simpan?</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="421"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="456"/>
        <source>Autosave failed: %1</source>
        <translation>Simpan otomatis gagal: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="483"/>
        <source>an untitled prompt</source>
        <translation>prompt tanpa judul</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="485"/>
        <source>&amp;Recover</source>
        <translation>&amp;Pulihkan</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="486"/>
        <source>&amp;Discard</source>
        <translation>&amp;Buang</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="504"/>
        <source>Unsaved work on %1 from %2 was kept when Promptwerk last closed.</source>
        <translation>Pekerjaan yang belum disimpan pada %1 dari %2 disimpan saat Promptwerk terakhir ditutup.</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="505"/>
        <source>Recover it, or discard the copy.</source>
        <translation>Pulihkan, atau buang salinannya.</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="512"/>
        <source>The unsaved work could not be recovered.</source>
        <translation>Pekerjaan yang belum disimpan tidak dapat dipulihkan.</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="527"/>
        <source>Unsaved work recovered. Save it to keep it.</source>
        <translation>Pekerjaan yang belum disimpan telah dipulihkan. Simpan agar tidak hilang.</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="535"/>
        <source>Open Prompt</source>
        <translation>Buka Prompt</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="536"/>
        <source>Prompts (*.%1 *.json *.txt *.md *.markdown);;Promptwerk documents (*.%1);;All files (*)</source>
        <translation>Prompt (*.%1 *.json *.txt *.md *.markdown);;Dokumen Promptwerk (*.%1);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="543"/>
        <source>Import Prompt</source>
        <translation>Impor Prompt</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="544"/>
        <source>Prompt files (*.json *.txt *.md *.markdown);;All files (*)</source>
        <translation>Berkas prompt (*.json *.txt *.md *.markdown);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="555"/>
        <source>prompt</source>
        <translation>prompt</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="556"/>
        <source>Export Prompt</source>
        <translation>Ekspor Prompt</translation>
    </message>
</context>
<context>
    <name>pw::DocumentFile</name>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="78"/>
        <location filename="../../core/document/documentfile.cpp" line="118"/>
        <source>a string</source>
        <translation>string</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="93"/>
        <location filename="../../core/document/documentfile.cpp" line="163"/>
        <source>is required</source>
        <translation>wajib diisi</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="94"/>
        <source>must be a whole number from 1 up (found %1)</source>
        <translation>harus berupa bilangan bulat mulai dari 1 (ditemukan %1)</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="106"/>
        <source>an object</source>
        <translation>objek</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="164"/>
        <source>must be %1 (found %2)</source>
        <translation>harus berupa %1 (ditemukan tipe %2)</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="173"/>
        <source>must be an object (found %1)</source>
        <translation>harus berupa objek (ditemukan tipe %1)</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="180"/>
        <source>must be greater than the id before it (%1 after %2)</source>
        <translation>harus lebih besar dari id sebelumnya (%1 setelah %2)</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="195"/>
        <source>must be one of %1 (found &quot;%2&quot;)</source>
        <translation>harus salah satu dari %1 (ditemukan &quot;%2&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="205"/>
        <source>must be an ISO 8601 date and time like 2026-11-01T09:30:00Z (found &quot;%1&quot;)</source>
        <translation>harus berupa tanggal dan waktu ISO 8601 seperti 2026-11-01T09:30:00Z (ditemukan &quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="223"/>
        <source>must name an earlier revision (found %1)</source>
        <translation>harus menunjuk revisi sebelumnya (ditemukan %1)</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="264"/>
        <source>not a Promptwerk document (it has no &quot;format&quot;: &quot;promptwerk&quot;)</source>
        <translation>bukan dokumen Promptwerk (tidak ada &quot;format&quot;: &quot;promptwerk&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="269"/>
        <source>%1: must be &quot;%2&quot; (found %3)</source>
        <translation>%1: harus &quot;%2&quot; (ditemukan %3)</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="279"/>
        <source>%1: the file is format version %2, newer than this Promptwerk reads (up to %3); open it with a newer Promptwerk</source>
        <translation>%1: berkas ini berformat versi %2, lebih baru dari yang dapat dibaca Promptwerk ini (hingga %3); buka dengan Promptwerk yang lebih baru</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="293"/>
        <source>must be an array (found %1)</source>
        <translation>harus berupa array (ditemukan tipe %1)</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="326"/>
        <source>%1: not a Promptwerk document (the file must hold a JSON object)</source>
        <translation>%1: bukan dokumen Promptwerk (berkas harus berisi objek JSON)</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="341"/>
        <source>cannot read %1: %2</source>
        <translation>tidak dapat membaca %1: %2</translation>
    </message>
</context>
<context>
    <name>pw::Engine</name>
    <message>
        <location filename="../../core/tools/engine.cpp" line="149"/>
        <source>unknown engine &quot;%1&quot; (choose %2)</source>
        <translation>mesin &quot;%1&quot; tidak dikenal (pilih %2)</translation>
    </message>
</context>
<context>
    <name>pw::EngineSettings</name>
    <message>
        <location filename="../../core/tools/enginesettings.cpp" line="90"/>
        <source>the settings</source>
        <translation>pengaturan</translation>
    </message>
    <message>
        <location filename="../../core/tools/enginesettings.cpp" line="96"/>
        <source>the base URL from %1 is not an http(s) URL: %2</source>
        <translation>URL dasar dari %1 bukan URL http(s): %2</translation>
    </message>
</context>
<context>
    <name>pw::Exporters</name>
    <message>
        <location filename="../../core/exchange/exporters.cpp" line="44"/>
        <source>%1: only text blocks can be exported (found &quot;%2&quot;)</source>
        <translation>%1: hanya blok teks yang dapat diekspor (ditemukan &quot;%2&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/exchange/exporters.cpp" line="285"/>
        <source>%1: the variable %2 cannot be a Jinja variable (Jinja reads &quot;%3&quot; as a keyword); rename it</source>
        <translation>%1: variabel %2 tidak dapat menjadi variabel Jinja (Jinja membaca &quot;%3&quot; sebagai kata kunci); ganti namanya</translation>
    </message>
</context>
<context>
    <name>pw::FindingsList</name>
    <message>
        <location filename="../../ui/findingslist.cpp" line="32"/>
        <source>Finding</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <location filename="../../ui/findingslist.cpp" line="32"/>
        <source>Where</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <location filename="../../ui/findingslist.cpp" line="39"/>
        <source>Prompt checks</source>
        <translation>Pemeriksaan prompt</translation>
    </message>
    <message>
        <location filename="../../ui/findingslist.cpp" line="54"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../../ui/findingslist.cpp" line="57"/>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <location filename="../../ui/findingslist.cpp" line="61"/>
        <location filename="../../ui/findingslist.cpp" line="63"/>
        <source>Message %1</source>
        <translation>Pesan %1</translation>
    </message>
    <message>
        <location filename="../../ui/findingslist.cpp" line="69"/>
        <source>%1, line %2</source>
        <translation>%1, baris %2</translation>
    </message>
    <message>
        <location filename="../../ui/findingslist.cpp" line="86"/>
        <source>No problems found.</source>
        <translation>Tidak ada masalah.</translation>
    </message>
</context>
<context>
    <name>pw::GenerateDialog</name>
    <message>
        <location filename="../../ui/generatedialog.cpp" line="13"/>
        <source>Generate a Prompt</source>
        <translation>Buat Prompt</translation>
    </message>
    <message>
        <location filename="../../ui/generatedialog.cpp" line="15"/>
        <source>&amp;Describe the task the prompt is for:</source>
        <translation>&amp;Jelaskan tugas untuk prompt ini:</translation>
    </message>
    <message>
        <location filename="../../ui/generatedialog.cpp" line="18"/>
        <source>e.g. Answer customer questions about a meal-prep delivery service, politely and briefly, and hand over to a person for refunds.</source>
        <translation>mis. Jawab pertanyaan pelanggan tentang layanan antar makanan siap masak dengan sopan dan singkat, dan serahkan urusan pengembalian dana kepada petugas.</translation>
    </message>
    <message>
        <location filename="../../ui/generatedialog.cpp" line="23"/>
        <source>The generated prompt replaces the current one when you accept it; Ctrl+Z brings the current one back.</source>
        <translation>Prompt yang dibuat menggantikan prompt saat ini jika Anda menerimanya; Ctrl+Z mengembalikan prompt saat ini.</translation>
    </message>
    <message>
        <location filename="../../ui/generatedialog.cpp" line="29"/>
        <source>&amp;Generate</source>
        <translation>&amp;Buat</translation>
    </message>
</context>
<context>
    <name>pw::HistoryPanel</name>
    <message>
        <location filename="../../ui/historypanel.cpp" line="28"/>
        <source>Typed</source>
        <translation>Diketik</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="30"/>
        <source>Generated</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="32"/>
        <source>Improved</source>
        <translation>Diperbaiki</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="34"/>
        <source>Templatized</source>
        <translation>Dijadikan templat</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="36"/>
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="40"/>
        <source>Restored #%1</source>
        <translation>Dipulihkan #%1</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="69"/>
        <source>%1 in · %2 out</source>
        <translation>%1 masuk · %2 keluar</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="99"/>
        <source>Revision %1: %2, %3</source>
        <translation>Revisi %1: %2, %3</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="106"/>
        <source>Written for %1</source>
        <translation>Ditulis untuk %1</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="108"/>
        <source>Task: %1</source>
        <translation>Tugas: %1</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="110"/>
        <source>Feedback: %1</source>
        <translation>Masukan: %1</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="120"/>
        <source>&amp;Compare</source>
        <translation>Ban&amp;dingkan</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="120"/>
        <source>Res&amp;tore</source>
        <translation>&amp;Pulihkan</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="124"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="124"/>
        <source>Origin</source>
        <translation>Asal</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="124"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="124"/>
        <source>Made with</source>
        <translation>Dibuat dengan</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="129"/>
        <source>Revisions</source>
        <translation>Revisi</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="135"/>
        <source>Select two revisions to compare them, one to restore it.</source>
        <translation>Pilih dua revisi untuk membandingkannya, atau satu untuk memulihkannya.</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="138"/>
        <source>Show the two selected revisions side by side</source>
        <translation>Tampilkan dua revisi yang dipilih berdampingan</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="139"/>
        <source>Make the selected revision the working copy again, as a new revision</source>
        <translation>Jadikan revisi yang dipilih sebagai salinan kerja lagi, sebagai revisi baru</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="235"/>
        <location filename="../../ui/historypanel.cpp" line="236"/>
        <source>Revision %1 · %2</source>
        <translation>Revisi %1 · %2</translation>
    </message>
</context>
<context>
    <name>pw::Importers</name>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="112"/>
        <source>%1: the file is empty: there is no prompt to import</source>
        <translation>%1: berkas kosong: tidak ada prompt untuk diimpor</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="132"/>
        <source>text before the first &quot;## System&quot;, &quot;## User&quot; or &quot;## Assistant&quot; heading; move it into a section or remove it</source>
        <translation>ada teks sebelum judul &quot;## System&quot;, &quot;## User&quot;, atau &quot;## Assistant&quot; pertama; pindahkan ke dalam bagian atau hapus</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="146"/>
        <source>the &quot;## %1&quot; section is empty</source>
        <translation>bagian &quot;## %1&quot; kosong</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="150"/>
        <source>a second &quot;## System&quot; section (a prompt has one system prompt)</source>
        <translation>bagian &quot;## System&quot; kedua (prompt hanya memiliki satu prompt sistem)</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="154"/>
        <source>&quot;## System&quot; must come before the messages</source>
        <translation>&quot;## System&quot; harus berada sebelum pesan</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="163"/>
        <source>%1: there is a &quot;## System&quot; section but no &quot;## User&quot; message</source>
        <translation>%1: ada bagian &quot;## System&quot; tetapi tidak ada pesan &quot;## User&quot;</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="175"/>
        <location filename="../../core/exchange/importers.cpp" line="232"/>
        <source>%1: must be a string (found %2)</source>
        <translation>%1: harus berupa string (ditemukan tipe %2)</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="186"/>
        <source>invalid JSON: %1</source>
        <translation>JSON tidak valid: %1</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="192"/>
        <source>a JSON prompt must be an object with &quot;messages&quot; (found an array)</source>
        <translation>prompt JSON harus berupa objek dengan &quot;messages&quot; (ditemukan array)</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="196"/>
        <source>a generate_prompt request holds a task, not a prompt: there is nothing to import</source>
        <translation>permintaan generate_prompt berisi tugas, bukan prompt: tidak ada yang dapat diimpor</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="198"/>
        <source>%1: is required (a JSON prompt is {&quot;system&quot;: ..., &quot;messages&quot;: [...]})</source>
        <translation>%1: wajib ada (prompt JSON berbentuk {&quot;system&quot;: ..., &quot;messages&quot;: [...]})</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="211"/>
        <source>%1: holds no message: there is no prompt to import</source>
        <translation>%1: tidak berisi pesan: tidak ada prompt untuk diimpor</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="217"/>
        <source>%1: only text blocks can be imported (found &quot;%2&quot;)</source>
        <translation>%1: hanya blok teks yang dapat diimpor (ditemukan &quot;%2&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="238"/>
        <source>%1: must be an object (found %2)</source>
        <translation>%1: harus berupa objek (ditemukan tipe %2)</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="306"/>
        <source>the file is not valid UTF-8 text (byte %1)</source>
        <translation>berkas bukan teks UTF-8 yang valid (byte %1)</translation>
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
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="83"/>
        <source>%n more finding(s) not shown; promptwerk-cli lint lists them all.</source>
        <translation>
            <numerusform>%n temuan lainnya tidak ditampilkan; promptwerk-cli lint menampilkan semuanya.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="93"/>
        <source>Generating a prompt…</source>
        <translation>Membuat prompt…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="95"/>
        <source>Improving the prompt…</source>
        <translation>Memperbaiki prompt…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="99"/>
        <source>Templatizing the prompt…</source>
        <translation>Menjadikan prompt templat…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="106"/>
        <source>Generated prompt</source>
        <translation>Prompt yang dibuat</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="108"/>
        <source>Improved prompt</source>
        <translation>Prompt yang diperbaiki</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="112"/>
        <source>Templatized prompt</source>
        <translation>Prompt templat</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="119"/>
        <source>Generate</source>
        <translation>Buat</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="121"/>
        <source>Improve</source>
        <translation>Perbaiki</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="125"/>
        <source>Templatize</source>
        <translation>Jadikan Templat</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="144"/>
        <source>Claude through the Messages API (needs an Anthropic API key)</source>
        <translation>Claude melalui Messages API (memerlukan kunci API Anthropic)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="146"/>
        <source>A server that speaks the prompt-tools protocol</source>
        <translation>Server yang mendukung protokol prompt-tools</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="148"/>
        <source>An OpenAI-compatible server: Ollama, llama.cpp, LM Studio, vLLM, OpenAI</source>
        <translation>Server yang kompatibel dengan OpenAI: Ollama, llama.cpp, LM Studio, vLLM, OpenAI</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="149"/>
        <source>Offline, on this computer: templatize and checks only</source>
        <translation>Luring, di komputer ini: hanya templat dan pemeriksaan</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="155"/>
        <source>%1 in · %2 out</source>
        <translation>%1 masuk · %2 keluar</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="212"/>
        <source>Untitled[*] — Promptwerk</source>
        <translation>Tanpa judul[*] — Promptwerk</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="263"/>
        <location filename="../../ui/mainwindow.cpp" line="484"/>
        <source>The model the prompt is written for. Any model id can be typed.</source>
        <translation>Model yang menjadi sasaran prompt. ID model apa pun dapat diketik.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="267"/>
        <source>The model the prompt is written for. Any model id can be typed.
%1
Showing the models known before.</source>
        <translation>Model yang menjadi sasaran prompt. ID model apa pun dapat diketik.
%1
Menampilkan model yang dikenal sebelumnya.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="297"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="300"/>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="304"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Pengaturan…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="306"/>
        <source>&amp;Generate…</source>
        <translation>&amp;Buat…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="308"/>
        <source>Write a new prompt from a task description (%1)</source>
        <translation>Tulis prompt baru dari deskripsi tugas (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="310"/>
        <source>&amp;Improve</source>
        <translation>Per&amp;baiki</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="311"/>
        <source>Rewrite the prompt along best practice and your feedback (%1)</source>
        <translation>Tulis ulang prompt sesuai praktik terbaik dan masukan Anda (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="314"/>
        <source>&amp;Templatize</source>
        <translation>Jadikan &amp;Templat</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="315"/>
        <source>Replace the concrete values in the prompt by {{VARIABLES}} (%1)</source>
        <translation>Ganti nilai konkret dalam prompt dengan {{VARIABLES}} (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="317"/>
        <source>&amp;Cancel Run</source>
        <translation>Batalkan &amp;Proses</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="318"/>
        <source>Stop the running tool (Esc)</source>
        <translation>Hentikan alat yang sedang berjalan (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="319"/>
        <source>&amp;Accept Result</source>
        <translation>&amp;Terima Hasil</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="321"/>
        <source>&amp;Reject Result</source>
        <translation>T&amp;olak Hasil</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="323"/>
        <source>Re&amp;try</source>
        <translation>Coba &amp;Lagi</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="340"/>
        <source>Optional: who the model is, the rules it follows, the context it needs.</source>
        <translation>Opsional: siapa model ini, aturan yang diikutinya, konteks yang diperlukannya.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="341"/>
        <source>System prompt</source>
        <translation>Prompt sistem</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="344"/>
        <source>&amp;System prompt</source>
        <translation>Prompt &amp;sistem</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="348"/>
        <source>&amp;Messages</source>
        <translation>&amp;Pesan</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="349"/>
        <source>%1 add · %2 remove · %3 role</source>
        <translation>%1 tambah · %2 hapus · %3 peran</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="354"/>
        <source>Move the current message with %1 and %2.</source>
        <translation>Pindahkan pesan saat ini dengan %1 dan %2.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="363"/>
        <source>Optional: what Improve should change, e.g. “Make the answers shorter and add an example.”</source>
        <translation>Opsional: apa yang harus diubah oleh Perbaiki, mis. “Buat jawaban lebih singkat dan tambahkan contoh.”</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="365"/>
        <source>Feedback for Improve</source>
        <translation>Masukan untuk Perbaiki</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="367"/>
        <source>&amp;Feedback for Improve</source>
        <translation>&amp;Masukan untuk Perbaiki</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="378"/>
        <source>Variables and Checks</source>
        <translation>Variabel dan Pemeriksaan</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="400"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="403"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="406"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="412"/>
        <source>&amp;Message</source>
        <translation>&amp;Pesan</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="420"/>
        <source>&amp;Tools</source>
        <translation>&amp;Alat</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="430"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="435"/>
        <source>Go to &amp;System Prompt</source>
        <translation>Ke Prompt &amp;Sistem</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="437"/>
        <source>Go to &amp;Messages</source>
        <translation>Ke &amp;Pesan</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="440"/>
        <source>Go to &amp;Feedback</source>
        <translation>Ke &amp;Masukan</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="442"/>
        <source>Go to &amp;Variables</source>
        <translation>Ke &amp;Variabel</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="447"/>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="448"/>
        <source>&amp;About Promptwerk</source>
        <translation>&amp;Tentang Promptwerk</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="449"/>
        <source>About Promptwerk</source>
        <translation>Tentang Promptwerk</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="450"/>
        <source>&lt;b&gt;Promptwerk %1&lt;/b&gt;&lt;p&gt;A workbench for prompt authors: write, generate, improve and templatize prompts on any model, and compare before and after.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Promptwerk %1&lt;/b&gt;&lt;p&gt;Meja kerja untuk penulis prompt: tulis, buat, perbaiki, dan jadikan prompt templat untuk model apa pun, lalu bandingkan sebelum dan sesudahnya.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="458"/>
        <source>Tools</source>
        <translation>Alat</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="468"/>
        <source>&amp;Engine:</source>
        <translation>&amp;Mesin:</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="475"/>
        <source>Where the tools run</source>
        <translation>Tempat alat dijalankan</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="481"/>
        <source>Target &amp;model:</source>
        <translation>&amp;Model sasaran:</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="483"/>
        <source>any model</source>
        <translation>model apa pun</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="512"/>
        <source>The engine the tools run on</source>
        <translation>Mesin tempat alat dijalankan</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="513"/>
        <location filename="../../ui/mainwindow.cpp" line="779"/>
        <source>The model that runs the tools</source>
        <translation>Model yang menjalankan alat</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="514"/>
        <source>Tokens of the last run</source>
        <translation>Token dari proses terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="515"/>
        <source>The request id of the last answer, for support</source>
        <translation>ID permintaan jawaban terakhir, untuk dukungan</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="617"/>
        <source>Last run: %1</source>
        <translation>Proses terakhir: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="617"/>
        <source>Last run: no tokens</source>
        <translation>Proses terakhir: tanpa token</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="618"/>
        <location filename="../../ui/mainwindow.cpp" line="632"/>
        <source>Request %1</source>
        <translation>Permintaan %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="620"/>
        <source>%1 finished: accept the result (%2) or reject it (%3).</source>
        <translation>%1 selesai: terima hasilnya (%2) atau tolak (%3).</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="634"/>
        <source>%1 canceled.</source>
        <translation>%1 dibatalkan.</translation>
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
        <translation>ID permintaan: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="651"/>
        <source>%1 failed: %2</source>
        <translation>%1 gagal: %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="681"/>
        <source>Accept %1 Result</source>
        <translation>Terima Hasil %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="684"/>
        <source>Result applied. %1 brings the previous prompt back.</source>
        <translation>Hasil diterapkan. %1 mengembalikan prompt sebelumnya.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="696"/>
        <source>Result discarded.</source>
        <translation>Hasil dibuang.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="727"/>
        <source>The local engine works offline: choose claude, prompt-tools or openai to generate or improve.</source>
        <translation>Mesin local bekerja secara luring: pilih claude, prompt-tools, atau openai untuk membuat atau memperbaiki.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="743"/>
        <source>Settings saved.</source>
        <translation>Pengaturan disimpan.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="770"/>
        <source>Engine: %1</source>
        <translation>Mesin: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="774"/>
        <source>offline</source>
        <translation>luring</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="776"/>
        <source>Tool model: the server&apos;s</source>
        <translation>Model alat: milik server</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="778"/>
        <source>Tool model: %1</source>
        <translation>Model alat: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="781"/>
        <source>No run yet</source>
        <translation>Belum ada proses</translation>
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
        <location filename="../../ui/messagebanner.cpp" line="21"/>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <location filename="../../ui/messagebanner.cpp" line="48"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ui/messagebanner.cpp" line="49"/>
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
        <location filename="../../ui/messagelisteditor.cpp" line="208"/>
        <source>&amp;Add Message</source>
        <translation>&amp;Tambah Pesan</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="210"/>
        <source>&amp;Remove Message</source>
        <translation>&amp;Hapus Pesan</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="211"/>
        <source>Move Message &amp;Up</source>
        <translation>Pindahkan Pesan ke &amp;Atas</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="214"/>
        <source>Move Message &amp;Down</source>
        <translation>Pindahkan Pesan ke &amp;Bawah</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="218"/>
        <source>Toggle &amp;Role</source>
        <translation>Ganti &amp;Peran</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="220"/>
        <source>+ Add Message</source>
        <translation>+ Tambah Pesan</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="221"/>
        <source>Add a message after the current one</source>
        <translation>Tambahkan pesan setelah pesan saat ini</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="404"/>
        <source>Message %1</source>
        <translation>Pesan %1</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="408"/>
        <source>Message %1, %2</source>
        <translation>Pesan %1, %2</translation>
    </message>
</context>
<context>
    <name>pw::ModelCatalog</name>
    <message>
        <location filename="../../core/catalog/modelcatalog.cpp" line="181"/>
        <source>Could not list the models of %1: %2</source>
        <translation>Tidak dapat mengambil daftar model %1: %2</translation>
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
        <location filename="../../core/tools/modeltoolrun.cpp" line="182"/>
        <source>Waiting for %1…</source>
        <translation>Menunggu %1…</translation>
    </message>
    <message>
        <location filename="../../core/tools/modeltoolrun.cpp" line="192"/>
        <source>%1 is writing…</source>
        <translation>%1 sedang menulis…</translation>
    </message>
    <message>
        <location filename="../../core/tools/modeltoolrun.cpp" line="223"/>
        <source>%1 declined to do this (stop reason: refusal). Rephrase the request or try another model.</source>
        <translation>%1 menolak melakukan ini (alasan berhenti: refusal). Ubah kalimat permintaan atau coba model lain.</translation>
    </message>
    <message>
        <location filename="../../core/tools/modeltoolrun.cpp" line="229"/>
        <source>The answer was cut off at the output budget of %1 tokens. Retry with a larger budget.</source>
        <translation>Jawaban terpotong pada batas keluaran %1 token. Coba lagi dengan batas yang lebih besar.</translation>
    </message>
    <message>
        <location filename="../../core/tools/modeltoolrun.cpp" line="235"/>
        <source>The answer was cut off: the prompt and the answer outgrew the context window of %1. Shorten the prompt or choose a tool model with a larger context window.</source>
        <translation>Jawaban terpotong: prompt dan jawaban melebihi jendela konteks %1. Persingkat prompt atau pilih model alat dengan jendela konteks yang lebih besar.</translation>
    </message>
    <message>
        <location filename="../../core/tools/modeltoolrun.cpp" line="249"/>
        <source>The model&apos;s answer is not usable JSON, even after one repair attempt: %1</source>
        <translation>Jawaban model bukan JSON yang dapat digunakan, bahkan setelah satu kali upaya perbaikan: %1</translation>
    </message>
    <message>
        <location filename="../../core/tools/modeltoolrun.cpp" line="260"/>
        <source>Repairing the model&apos;s answer…</source>
        <translation>Memperbaiki jawaban model…</translation>
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
        <location filename="../../core/analysis/checks.cpp" line="204"/>
        <source>an assistant message before the end (a few-shot turn): the Messages API accepts it, but the prompt-tools operations (generate, improve, templatize) need the user messages first and contiguous, with at most one assistant message at the end</source>
        <translation>ada pesan asisten sebelum akhir (giliran few-shot): Messages API menerimanya, tetapi operasi prompt-tools (buat, perbaiki, jadikan templat) memerlukan pesan pengguna di awal dan berurutan, dengan paling banyak satu pesan asisten di akhir</translation>
    </message>
    <message>
        <location filename="../../core/analysis/checks.cpp" line="212"/>
        <source>the %1 message is empty</source>
        <translation>pesan %1 kosong</translation>
    </message>
    <message>
        <location filename="../../core/analysis/checks.cpp" line="213"/>
        <source>the %1 message is only whitespace</source>
        <translation>pesan %1 hanya berisi spasi</translation>
    </message>
    <message>
        <location filename="../../core/analysis/checks.cpp" line="223"/>
        <source>this text block is empty or only whitespace, which the API rejects</source>
        <translation>blok teks ini kosong atau hanya berisi spasi, yang ditolak oleh API</translation>
    </message>
</context>
<context>
    <name>pw::PromptDiff</name>
    <message>
        <location filename="../../core/diff/promptdiff.cpp" line="149"/>
        <source>user</source>
        <translation>pengguna</translation>
    </message>
    <message>
        <location filename="../../core/diff/promptdiff.cpp" line="150"/>
        <source>assistant</source>
        <translation>asisten</translation>
    </message>
    <message>
        <location filename="../../core/diff/promptdiff.cpp" line="151"/>
        <source>Message %1 · %2</source>
        <translation>Pesan %1 · %2</translation>
    </message>
    <message>
        <location filename="../../core/diff/promptdiff.cpp" line="205"/>
        <location filename="../../core/diff/promptdiff.cpp" line="212"/>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <location filename="../../core/diff/promptdiff.cpp" line="218"/>
        <source>1 change</source>
        <translation>1 perubahan</translation>
    </message>
    <message>
        <location filename="../../core/diff/promptdiff.cpp" line="219"/>
        <source>%1 changes</source>
        <translation>%1 perubahan</translation>
    </message>
    <message>
        <location filename="../../core/diff/promptdiff.cpp" line="220"/>
        <source> · words +%1 −%2</source>
        <translation> · kata +%1 −%2</translation>
    </message>
    <message>
        <location filename="../../core/diff/promptdiff.cpp" line="221"/>
        <source> · variables +%1 −%2</source>
        <translation> · variabel +%1 −%2</translation>
    </message>
    <message>
        <location filename="../../core/diff/promptdiff.cpp" line="225"/>
        <source>, %1 renamed</source>
        <translation>, %1 diganti nama</translation>
    </message>
    <message>
        <location filename="../../core/diff/promptdiff.cpp" line="227"/>
        <source> · messages +%1 −%2, %3 moved</source>
        <translation> · pesan +%1 −%2, %3 dipindah</translation>
    </message>
    <message>
        <location filename="../../core/diff/promptdiff.cpp" line="232"/>
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
        <location filename="../../core/prompt/validation.cpp" line="47"/>
        <source>the first message must be from the user (found &quot;assistant&quot;)</source>
        <translation>pesan pertama harus dari pengguna (ditemukan &quot;assistant&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/prompt/validation.cpp" line="51"/>
        <source>an assistant message is only allowed last, as a prefill</source>
        <translation>pesan asisten hanya diizinkan di akhir, sebagai prefill</translation>
    </message>
</context>
<context>
    <name>pw::PromptWorkspace</name>
    <message>
        <location filename="../../ui/promptworkspace.cpp" line="76"/>
        <source>Typing</source>
        <translation>Mengetik</translation>
    </message>
    <message>
        <location filename="../../ui/promptworkspace.cpp" line="108"/>
        <source>Add Message</source>
        <translation>Tambah Pesan</translation>
    </message>
    <message>
        <location filename="../../ui/promptworkspace.cpp" line="117"/>
        <source>Remove Message</source>
        <translation>Hapus Pesan</translation>
    </message>
    <message>
        <location filename="../../ui/promptworkspace.cpp" line="125"/>
        <source>Move Message</source>
        <translation>Pindahkan Pesan</translation>
    </message>
    <message>
        <location filename="../../ui/promptworkspace.cpp" line="134"/>
        <source>Change Role</source>
        <translation>Ubah Peran</translation>
    </message>
    <message>
        <location filename="../../ui/promptworkspace.cpp" line="145"/>
        <source>Edit Value of %1</source>
        <translation>Sunting Nilai %1</translation>
    </message>
</context>
<context>
    <name>pw::RunPanel</name>
    <message>
        <location filename="../../ui/runpanel.cpp" line="19"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/runpanel.cpp" line="33"/>
        <source>Time since the run started</source>
        <translation>Waktu sejak proses dimulai</translation>
    </message>
    <message>
        <location filename="../../ui/runpanel.cpp" line="34"/>
        <source>Tokens used so far (≈: estimated from the text received)</source>
        <translation>Token yang terpakai sejauh ini (≈: perkiraan dari teks yang diterima)</translation>
    </message>
    <message>
        <location filename="../../ui/runpanel.cpp" line="53"/>
        <source>The model&apos;s answer appears here as it streams in.</source>
        <translation>Jawaban model muncul di sini saat dialirkan.</translation>
    </message>
    <message>
        <location filename="../../ui/runpanel.cpp" line="54"/>
        <source>Streamed answer</source>
        <translation>Jawaban yang dialirkan</translation>
    </message>
    <message>
        <location filename="../../ui/runpanel.cpp" line="64"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/runpanel.cpp" line="163"/>
        <source>%1 in · %2%3 out</source>
        <translation>%1 masuk · %2%3 keluar</translation>
    </message>
</context>
<context>
    <name>pw::SettingsDialog</name>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="28"/>
        <source>Runs the tools on Claude through the Messages API, with streamed, structured output.</source>
        <translation>Menjalankan alat di Claude melalui Messages API, dengan keluaran terstruktur yang dialirkan.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="30"/>
        <source>Speaks the retired prompt-tools protocol to a server that still implements it, such as a gateway.</source>
        <translation>Menggunakan protokol prompt-tools yang sudah dihentikan dengan server yang masih mendukungnya, seperti gateway.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="33"/>
        <source>Any OpenAI-compatible chat completions server: Ollama, llama.cpp, LM Studio, vLLM or OpenAI.</source>
        <translation>Server chat completions apa pun yang kompatibel dengan OpenAI: Ollama, llama.cpp, LM Studio, vLLM, atau OpenAI.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="34"/>
        <source>Runs on this computer without a model: it templatizes and checks prompts offline. Generate and Improve need one of the other engines.</source>
        <translation>Berjalan di komputer ini tanpa model: menjadikan templat dan memeriksa prompt secara luring. Buat dan Perbaiki memerlukan salah satu mesin lain.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="73"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="76"/>
        <source>Engines</source>
        <translation>Mesin</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="139"/>
        <source>%1 is set in the environment (%2) and is used instead of this URL.</source>
        <translation>%1 diatur di lingkungan (%2) dan digunakan sebagai pengganti URL ini.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="144"/>
        <source>&amp;Base URL:</source>
        <translation>URL &amp;dasar:</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="148"/>
        <source>Reading the keychain…</source>
        <translation>Membaca keychain…</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="150"/>
        <source>API key for %1</source>
        <translation>Kunci API untuk %1</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="153"/>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="155"/>
        <source>Show the key as text</source>
        <translation>Tampilkan kunci sebagai teks</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="166"/>
        <source>API &amp;key:</source>
        <translation>&amp;Kunci API:</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="169"/>
        <source>%1 (default)</source>
        <translation>%1 (bawaan)</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="171"/>
        <source>The model that runs Generate, Improve and Templatize; the target model is chosen in the window.</source>
        <translation>Model yang menjalankan Buat, Perbaiki, dan Jadikan Templat; model sasaran dipilih di jendela.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="173"/>
        <source>chosen by the server</source>
        <translation>dipilih oleh server</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="176"/>
        <source>&amp;Tool model:</source>
        <translation>Model &amp;alat:</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="180"/>
        <source> s</source>
        <translation> dtk</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="182"/>
        <source>How long the server may stay silent before the request fails</source>
        <translation>Berapa lama server boleh diam sebelum permintaan gagal</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="183"/>
        <source>T&amp;imeout:</source>
        <translation>&amp;Batas waktu:</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="191"/>
        <source>%1 is set in the environment: that key is used, not the one entered here.</source>
        <translation>%1 diatur di lingkungan: kunci itu yang digunakan, bukan yang dimasukkan di sini.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="193"/>
        <source>The claude and prompt-tools engines share this Anthropic key.</source>
        <translation>Mesin claude dan prompt-tools menggunakan kunci Anthropic yang sama.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="195"/>
        <source>Local servers such as Ollama need no key.</source>
        <translation>Server lokal seperti Ollama tidak memerlukan kunci.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="196"/>
        <source>Keys are stored in the system keychain, never in the settings file.</source>
        <translation>Kunci disimpan di keychain sistem, tidak pernah di berkas pengaturan.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="218"/>
        <source>Not set</source>
        <translation>Belum diatur</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="220"/>
        <source>The keychain could not be read: %1</source>
        <translation>Keychain tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="298"/>
        <source>Base URL of %1: %2</source>
        <translation>URL dasar %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="317"/>
        <source>The settings could not be written to %1.</source>
        <translation>Pengaturan tidak dapat ditulis ke %1.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="347"/>
        <source>The key could not be stored in the keychain: %1</source>
        <translation>Kunci tidak dapat disimpan di keychain: %1</translation>
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
        <location filename="../../core/tools/postprocess.cpp" line="67"/>
        <source>The template does not match the original prompt: %1</source>
        <translation>Templat tidak cocok dengan prompt asli: %1</translation>
    </message>
    <message>
        <location filename="../../core/tools/toolrun.cpp" line="35"/>
        <source>Canceled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <location filename="../../core/tools/toolrun.cpp" line="45"/>
        <source>Describe the task the prompt is for.</source>
        <translation>Jelaskan tugas untuk prompt ini.</translation>
    </message>
    <message>
        <location filename="../../core/tools/toolrun.cpp" line="52"/>
        <source>The prompt is empty.</source>
        <translation>Prompt kosong.</translation>
    </message>
</context>
<context>
    <name>pw::VariableCheck</name>
    <message>
        <location filename="../../core/analysis/variablecheck.cpp" line="20"/>
        <source>%1 at offset %2</source>
        <translation>%1 pada offset %2</translation>
    </message>
    <message>
        <location filename="../../core/analysis/variablecheck.cpp" line="24"/>
        <source>the improved prompt dropped {{%1}} (in the original: %2)</source>
        <translation>prompt yang diperbaiki kehilangan {{%1}} (di prompt asli: %2)</translation>
    </message>
</context>
<context>
    <name>pw::VariableTable</name>
    <message>
        <location filename="../../ui/variabletable.cpp" line="58"/>
        <source>Variable</source>
        <translation>Variabel</translation>
    </message>
    <message>
        <location filename="../../ui/variabletable.cpp" line="58"/>
        <source>Test value</source>
        <translation>Nilai uji</translation>
    </message>
    <message>
        <location filename="../../ui/variabletable.cpp" line="58"/>
        <source>Uses</source>
        <translation>Penggunaan</translation>
    </message>
    <message>
        <location filename="../../ui/variabletable.cpp" line="68"/>
        <source>Variables</source>
        <translation>Variabel</translation>
    </message>
    <message>
        <location filename="../../ui/variabletable.cpp" line="88"/>
        <source>Double-click to find {{%1}} in the prompt</source>
        <translation>Klik dua kali untuk mencari {{%1}} di prompt</translation>
    </message>
    <message>
        <location filename="../../ui/variabletable.cpp" line="112"/>
        <source>No test value yet: double-click to enter one</source>
        <translation>Belum ada nilai uji: klik dua kali untuk mengisinya</translation>
    </message>
</context>
<context>
    <name>pw::WorkbenchController</name>
    <message>
        <location filename="../../ui/workbenchcontroller.cpp" line="91"/>
        <source>The keychain could not be read: %1</source>
        <translation>Keychain tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <location filename="../../ui/workbenchcontroller.cpp" line="110"/>
        <source>Preparing the %1 engine…</source>
        <translation>Menyiapkan mesin %1…</translation>
    </message>
    <message>
        <location filename="../../ui/workbenchcontroller.cpp" line="125"/>
        <source>The %1 engine needs an Anthropic API key: enter one in Settings, or set %2.</source>
        <translation>Mesin %1 memerlukan kunci API Anthropic: masukkan di Pengaturan, atau atur %2.</translation>
    </message>
    <message>
        <location filename="../../ui/workbenchcontroller.cpp" line="151"/>
        <source>Canceled</source>
        <translation>Dibatalkan</translation>
    </message>
</context>
</TS>
