<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AuditLog</name>
    <message>
        <source>Entry %1 is missing (the next one is %2).</source>
        <translation>Brakuje wpisu %1 (następny to %2).</translation>
    </message>
    <message>
        <source>Entry %1 does not follow entry %2: an entry was removed, inserted or reordered.</source>
        <translation>Wpis %1 nie następuje po wpisie %2: wpis usunięto, dodano lub zmieniono kolejność.</translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written.</source>
        <translation>Wpis %1 został zmieniony po zapisaniu.</translation>
    </message>
    <message>
        <source>The last entries of the log were removed (the log ended at %1).</source>
        <translation>Usunięto ostatnie wpisy dziennika (dziennik kończył się na %1).</translation>
    </message>
    <message>
        <source>The audit log cannot be read</source>
        <translation>Nie można odczytać dziennika zdarzeń</translation>
    </message>
    <message>
        <source>The audit log cannot be written</source>
        <translation>Nie można zapisać dziennika zdarzeń</translation>
    </message>
    <message>
        <source>The audit log cannot be exported</source>
        <translation>Nie można wyeksportować dziennika zdarzeń</translation>
    </message>
</context>
<context>
    <name>AvailabilityWatch</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>%1 is not a usable Kurier backup: %2</source>
        <translation>%1 nie nadaje się na kopię zapasową Kuriera: %2</translation>
    </message>
    <message>
        <source>it is not a SQLite database.</source>
        <translation>to nie jest baza danych SQLite.</translation>
    </message>
    <message>
        <source>SQLite finds it damaged (%1).</source>
        <translation>SQLite wykrywa uszkodzenie (%1).</translation>
    </message>
    <message>
        <source>it was written by a newer Kurier (schema %1, this one knows %2).</source>
        <translation>zapisała ją nowsza wersja Kuriera (schemat %1, ta zna %2).</translation>
    </message>
    <message>
        <source>it has no outbox (%1).</source>
        <translation>nie ma w niej kolejki faktur (%1).</translation>
    </message>
    <message>
        <source>its audit log was altered: %1</source>
        <translation>jej dziennik audytu został zmieniony: %1</translation>
    </message>
    <message>
        <source>%1 exists already: choose another name.</source>
        <translation>%1 już istnieje: wybierz inną nazwę.</translation>
    </message>
    <message>
        <source>The folder for %1 cannot be created.</source>
        <translation>Nie można utworzyć folderu dla %1.</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>Nie udało się zapisać kopii zapasowej: %1</translation>
    </message>
    <message>
        <source>The backup could not be copied next to %1.</source>
        <translation>Nie udało się skopiować kopii zapasowej obok %1.</translation>
    </message>
    <message>
        <source>%1 could not be set aside: is Kurier still running?</source>
        <translation>Nie udało się odłożyć %1: czy Kurier nadal działa?</translation>
    </message>
    <message>
        <source>The backup could not take the database&apos;s place.</source>
        <translation>Kopia zapasowa nie mogła zająć miejsca bazy danych.</translation>
    </message>
    <message>
        <source>A company on an office server is backed up on the server (pg_dump; README, &quot;Team mode&quot;), not by Kurier.</source>
        <translation>Kopię zapasową firmy na serwerze biura robi się na serwerze (pg_dump; README, „Tryb zespołowy”), nie w Kurierze.</translation>
    </message>
</context>
<context>
    <name>CertificateEnrolment</name>
    <message numerus="yes">
        <source>The company already has %n active KSeF certificate(s), KSeF&apos;s limit: revoke one it no longer uses first.</source>
        <translation>
            <numerusform>Firma ma już %n aktywny certyfikat KSeF, tyle ile pozwala KSeF: najpierw unieważnij nieużywany.</numerusform>
            <numerusform>Firma ma już %n aktywne certyfikaty KSeF, tyle ile pozwala KSeF: najpierw unieważnij nieużywany.</numerusform>
            <numerusform>Firma ma już %n aktywnych certyfikatów KSeF, tyle ile pozwala KSeF: najpierw unieważnij nieużywany.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>KSeF does not accept another certificate request for this company now (limit of %n request(s)).</source>
        <translation>
            <numerusform>KSeF nie przyjmie teraz kolejnego wniosku certyfikacyjnego tej firmy (limit: %n wniosek).</numerusform>
            <numerusform>KSeF nie przyjmie teraz kolejnego wniosku certyfikacyjnego tej firmy (limit: %n wnioski).</numerusform>
            <numerusform>KSeF nie przyjmie teraz kolejnego wniosku certyfikacyjnego tej firmy (limit: %n wniosków).</numerusform>
        </translation>
    </message>
    <message>
        <source>The key pair could not be generated: %1</source>
        <translation>Nie udało się wygenerować pary kluczy: %1</translation>
    </message>
    <message>
        <source>The certificate request could not be made: %1</source>
        <translation>Nie udało się utworzyć wniosku certyfikacyjnego: %1</translation>
    </message>
    <message>
        <source>KSeF has not issued the certificate yet (request %1); ask again later.</source>
        <translation>KSeF jeszcze nie wydał certyfikatu (wniosek %1); zapytaj ponownie później.</translation>
    </message>
    <message>
        <source>KSeF did not send certificate %1.</source>
        <translation>KSeF nie przesłał certyfikatu %1.</translation>
    </message>
    <message>
        <source>KSeF issued a certificate of another type (%1).</source>
        <translation>KSeF wydał certyfikat innego typu (%1).</translation>
    </message>
</context>
<context>
    <name>CertificateWatch</name>
    <message>
        <source>Offline (KOD II)</source>
        <translation>Offline (KOD II)</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Uwierzytelniający</translation>
    </message>
    <message>
        <source>The KSeF %1 certificate %2 of NIP %3 expired on %4: get a new one in Settings → Certificates.</source>
        <translation>Certyfikat KSeF %1 %2 dla NIP %3 wygasł %4: uzyskaj nowy w Ustawienia → Certyfikaty.</translation>
    </message>
    <message numerus="yes">
        <source>The KSeF %1 certificate %2 of NIP %3 expires on %4 (in %n day(s)): get a new one in Settings → Certificates.</source>
        <translation>
            <numerusform>Certyfikat KSeF %1 %2 dla NIP %3 wygasa %4 (za %n dzień): uzyskaj nowy w Ustawienia → Certyfikaty.</numerusform>
            <numerusform>Certyfikat KSeF %1 %2 dla NIP %3 wygasa %4 (za %n dni): uzyskaj nowy w Ustawienia → Certyfikaty.</numerusform>
            <numerusform>Certyfikat KSeF %1 %2 dla NIP %3 wygasa %4 (za %n dni): uzyskaj nowy w Ustawienia → Certyfikaty.</numerusform>
        </translation>
    </message>
    <message>
        <source>KSeF lists the %1 certificate %2 of NIP %3 as revoked: it no longer works. Get a new one in Settings → Certificates.</source>
        <translation>KSeF podaje certyfikat %1 %2 dla NIP %3 jako unieważniony: już nie działa. Uzyskaj nowy w Ustawienia → Certyfikaty.</translation>
    </message>
    <message>
        <source>NIP %1 logs in to KSeF with a KSeF token; tokens are only assured until %2. Move to a KSeF certificate in Settings → Certificates (see the README: &quot;KSeF tokens end&quot;).</source>
        <translation>NIP %1 loguje się do KSeF tokenem KSeF; tokeny są zapewnione tylko do %2. Przejdź na certyfikat KSeF w Ustawienia → Certyfikaty (zob. README: „KSeF tokens end”).</translation>
    </message>
</context>
<context>
    <name>ChangeRuns</name>
    <message>
        <source>The queue cannot be written</source>
        <translation>Nie można zapisać kolejki</translation>
    </message>
</context>
<context>
    <name>ClientRouting</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Nie można odczytać pliku: %1</translation>
    </message>
    <message>
        <source>The invoice names no seller NIP (Podmiot1).</source>
        <translation>Faktura nie podaje NIP sprzedawcy (Podmiot1).</translation>
    </message>
</context>
<context>
    <name>ClientSummary</name>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n odrzucona</numerusform>
            <numerusform>%n odrzucone</numerusform>
            <numerusform>%n odrzuconych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stuck</source>
        <translation>
            <numerusform>%n utknęła</numerusform>
            <numerusform>%n utknęły</numerusform>
            <numerusform>%n utknęło</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a UPO</source>
        <translation>
            <numerusform>%n bez UPO</numerusform>
            <numerusform>%n bez UPO</numerusform>
            <numerusform>%n bez UPO</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offline overdue</source>
        <translation>
            <numerusform>%n offline po terminie</numerusform>
            <numerusform>%n offline po terminie</numerusform>
            <numerusform>%n offline po terminie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offline due soon</source>
        <translation>
            <numerusform>%n offline z bliskim terminem</numerusform>
            <numerusform>%n offline z bliskim terminem</numerusform>
            <numerusform>%n offline z bliskim terminem</numerusform>
        </translation>
    </message>
    <message>
        <source>the last reconciliation: %1</source>
        <translation>ostatnie uzgodnienie: %1</translation>
    </message>
    <message>
        <source>credentials expire on %1</source>
        <translation>poświadczenia tracą ważność %1</translation>
    </message>
    <message>
        <source>access revoked since %1: ask the client to grant it again</source>
        <translation>dostęp odebrany od %1: poproś klienta o ponowne nadanie</translation>
    </message>
    <message>
        <source>office&apos;s permissions, read only</source>
        <translation>uprawnienia biura, tylko odczyt</translation>
    </message>
    <message>
        <source>office&apos;s permissions, read and write</source>
        <translation>uprawnienia biura, odczyt i wystawianie</translation>
    </message>
    <message>
        <source>own credentials</source>
        <translation>własne poświadczenia</translation>
    </message>
</context>
<context>
    <name>ClientWork</name>
    <message>
        <source>Not started: cancelled.</source>
        <translation>Nie rozpoczęto: przerwano.</translation>
    </message>
    <message>
        <source>Nothing stored for this company yet.</source>
        <translation>Dla tej firmy nic jeszcze nie zapisano.</translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation>Nie ma nic do wysłania.</translation>
    </message>
    <message>
        <source>No KSeF credentials are set up.</source>
        <translation>Nie skonfigurowano poświadczeń KSeF.</translation>
    </message>
    <message>
        <source>Reconciling…</source>
        <translation>Uzgadnianie…</translation>
    </message>
    <message>
        <source>Reconciled: something needs a person.</source>
        <translation>Uzgodniono: coś wymaga uwagi człowieka.</translation>
    </message>
    <message>
        <source>Reconciled: everything agrees with KSeF.</source>
        <translation>Uzgodniono: wszystko zgadza się z KSeF.</translation>
    </message>
    <message>
        <source>Sending: %1 confirmed, %2 on the way</source>
        <translation>Wysyłanie: %1 potwierdzonych, %2 w drodze</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wysyłanie…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n invoice(s) not finished; they go on with the next sending.</source>
        <translation>
            <numerusform>Zatrzymano: %n faktura niezakończona; pójdzie przy następnym wysyłaniu.</numerusform>
            <numerusform>Zatrzymano: %n faktury niezakończone; pójdą przy następnym wysyłaniu.</numerusform>
            <numerusform>Zatrzymano: %n faktur niezakończonych; pójdą przy następnym wysyłaniu.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 confirmed, %2 rejected, %3 not finished</source>
        <translation>%1 potwierdzonych, %2 odrzuconych, %3 niezakończonych</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) confirmed with a UPO.</source>
        <translation>
            <numerusform>%n faktura potwierdzona z UPO.</numerusform>
            <numerusform>%n faktury potwierdzone z UPO.</numerusform>
            <numerusform>%n faktur potwierdzonych z UPO.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Nic do zrobienia</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Wymaga uwagi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nie powiodło się</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Przerwano</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s): </source>
        <translation>
            <numerusform>%n klient: </numerusform>
            <numerusform>%n klientów: </numerusform>
            <numerusform>%n klientów: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 done, %2 with nothing to do, %3 need attention, %4 failed, %5 cancelled; %6 invoice(s) confirmed.</source>
        <translation>%1 gotowe, %2 bez pracy, %3 wymaga uwagi, %4 nieudane, %5 przerwane; potwierdzonych faktur: %6.</translation>
    </message>
    <message numerus="yes">
        <source>%n new purchase invoice(s).</source>
        <translation>
            <numerusform>%n nowa faktura zakupowa.</numerusform>
            <numerusform>%n nowe faktury zakupowe.</numerusform>
            <numerusform>%n nowych faktur zakupowych.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new purchase invoice(s) in KSeF</source>
        <translation>
            <numerusform>%n nowa faktura zakupowa w KSeF</numerusform>
            <numerusform>%n nowe faktury zakupowe w KSeF</numerusform>
            <numerusform>%n nowych faktur zakupowych w KSeF</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>KSeF does not answer (%1); %n invoice(s) wait for the next sending.</source>
        <translation>
            <numerusform>KSeF nie odpowiada (%1); %n faktura czeka na następną wysyłkę.</numerusform>
            <numerusform>KSeF nie odpowiada (%1); %n faktury czekają na następną wysyłkę.</numerusform>
            <numerusform>KSeF nie odpowiada (%1); %n faktur czeka na następną wysyłkę.</numerusform>
        </translation>
    </message>
    <message>
        <source>NIP %1 gave the office read-only access in KSeF: nothing is sent for it (the invoices stay in its queue). Ask the client for the permission to issue invoices (InvoiceWrite).</source>
        <translation>NIP %1 dał biuru w KSeF tylko dostęp do odczytu: nic nie jest za niego wysyłane (faktury zostają w jego kolejce). Poproś klienta o uprawnienie do wystawiania faktur (InvoiceWrite).</translation>
    </message>
</context>
<context>
    <name>CredentialVault</name>
    <message>
        <source>The KSeF token is empty.</source>
        <translation>Token KSeF jest pusty.</translation>
    </message>
    <message>
        <source>The stored KSeF credentials for NIP %1 are damaged; enter them again.</source>
        <translation>Zapisane poświadczenia KSeF dla NIP %1 są uszkodzone; wprowadź je ponownie.</translation>
    </message>
    <message>
        <source>The stored KSeF %1 certificate of NIP %2 is damaged; import it again or get a new one.</source>
        <translation>Zapisany certyfikat KSeF %1 dla NIP %2 jest uszkodzony; zaimportuj go ponownie lub uzyskaj nowy.</translation>
    </message>
    <message>
        <source>No KSeF credentials are stored for NIP %1 in %2: add a KSeF token or a certificate in the settings, or set the identity you act as for your clients (kurier-cli identity).</source>
        <translation>Brak zapisanych poświadczeń KSeF dla NIP %1 w %2: dodaj token KSeF lub certyfikat w ustawieniach albo ustaw tożsamość, jako która działasz dla klientów (kurier-cli identity).</translation>
    </message>
    <message>
        <source>The stored identity for %1 is damaged; set it again.</source>
        <translation>Zapisana tożsamość dla %1 jest uszkodzona; ustaw ją ponownie.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Nie można otworzyć bazy danych %1: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a Kurier database or it is damaged (%2). It was left untouched; restore it from a backup or choose another file.</source>
        <translation>Plik %1 nie jest bazą danych Kuriera albo jest uszkodzony (%2). Pozostawiono go bez zmian; przywróć go z kopii zapasowej albo wybierz inny plik.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Kurier (schema %2; this version supports up to %3). Install the newer Kurier; the database was left untouched.</source>
        <translation>Baza danych %1 została zapisana przez nowszą wersję Kuriera (schemat %2; ta wersja obsługuje najwyżej %3). Zainstaluj nowszego Kuriera; bazy nie zmieniono.</translation>
    </message>
    <message>
        <source>Updating the database %1 to schema %2 failed: %3. Nothing was changed.</source>
        <translation>Aktualizacja bazy danych %1 do schematu %2 nie powiodła się: %3. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>The database %1 could not be configured safely: %2</source>
        <translation>Nie udało się bezpiecznie skonfigurować bazy danych %1: %2</translation>
    </message>
    <message>
        <source>WAL journal mode is not available</source>
        <translation>tryb dziennika WAL jest niedostępny</translation>
    </message>
    <message>
        <source>The office server %1 does not answer (%2). Check the host and port in Settings → Office server, and that the server is running.</source>
        <translation>Serwer biura %1 nie odpowiada (%2). Sprawdź host i port w Ustawienia → Serwer biura oraz czy serwer działa.</translation>
    </message>
    <message>
        <source>The office server %1 did not accept the user name or password (%2). Check them in Settings → Office server.</source>
        <translation>Serwer biura %1 nie przyjął nazwy użytkownika lub hasła (%2). Sprawdź je w Ustawienia → Serwer biura.</translation>
    </message>
    <message>
        <source>The office server %1 refused the encrypted (TLS) connection the settings require (%2). Enable TLS on the server or change the TLS mode in Settings → Office server.</source>
        <translation>Serwer biura %1 odmówił szyfrowanego połączenia (TLS), którego wymagają ustawienia (%2). Włącz TLS na serwerze albo zmień tryb TLS w Ustawienia → Serwer biura.</translation>
    </message>
    <message>
        <source>Kurier cannot reach an office server here: Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation>Kurier nie może tu połączyć się z serwerem biura: sterownik PostgreSQL dla Qt nie jest zainstalowany (pakiet Debiana libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>%1 is not a valid office server address (postgresql://USER@HOST:PORT/DATABASE, without a password).</source>
        <translation>%1 nie jest poprawnym adresem serwera biura (postgresql://UŻYTKOWNIK@HOST:PORT/BAZA, bez hasła).</translation>
    </message>
    <message>
        <source>The database %1 is in use by another program that does not let go of it (%2). Close that program, or try again later; nothing was changed.</source>
        <translation>Baza danych %1 jest używana przez inny program, który jej nie zwalnia (%2). Zamknij ten program albo spróbuj później; niczego nie zmieniono.</translation>
    </message>
</context>
<context>
    <name>Fa3Reader</name>
    <message>
        <source>the file is not well-formed XML (column %1): %2</source>
        <translation>plik nie jest poprawnym składniowo XML-em (kolumna %1): %2</translation>
    </message>
    <message>
        <source>this is an FA(2) invoice (namespace %1). KSeF accepts FA(3) (namespace %2): export the invoice again as FA(3) from the program that created it.</source>
        <translation>to jest faktura FA(2) (przestrzeń nazw %1). KSeF przyjmuje FA(3) (przestrzeń nazw %2): wyeksportuj fakturę ponownie jako FA(3) z programu, w którym powstała.</translation>
    </message>
    <message>
        <source>this is not an FA(3) invoice: found %1, expected the element Faktura in namespace %2.</source>
        <translation>to nie jest faktura FA(3): znaleziono %1, oczekiwano elementu Faktura w przestrzeni nazw %2.</translation>
    </message>
</context>
<context>
    <name>Fa3Validator</name>
    <message>
        <source>the file starts with a byte order mark (BOM); KSeF accepts UTF-8 without a BOM. Save it again as &quot;UTF-8 without BOM&quot;.</source>
        <translation>plik zaczyna się znacznikiem kolejności bajtów (BOM); KSeF przyjmuje UTF-8 bez BOM. Zapisz go ponownie jako „UTF-8 bez BOM”.</translation>
    </message>
    <message>
        <source>the file is encoded in UTF-16; KSeF accepts only UTF-8.</source>
        <translation>plik jest zakodowany w UTF-16; KSeF przyjmuje tylko UTF-8.</translation>
    </message>
    <message>
        <source>the file declares the encoding %1; KSeF accepts only UTF-8.</source>
        <translation>plik deklaruje kodowanie %1; KSeF przyjmuje tylko UTF-8.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>plik jest pusty.</translation>
    </message>
    <message>
        <source>the file has %L1 bytes; KSeF accepts at most %L2 bytes (%L3 with an attachment).</source>
        <translation>plik ma %L1 bajtów; KSeF przyjmuje najwyżej %L2 bajtów (%L3 z załącznikiem).</translation>
    </message>
    <message>
        <source>the file has %L1 bytes; an invoice without an attachment may have at most %L2 bytes.</source>
        <translation>plik ma %L1 bajtów; faktura bez załącznika może mieć najwyżej %L2 bajtów.</translation>
    </message>
</context>
<context>
    <name>IncomingStore</name>
    <message>
        <source>The purchase invoices cannot be read: %1</source>
        <translation>Nie można odczytać faktur zakupowych: %1</translation>
    </message>
    <message>
        <source>The synchronisation cannot be recorded: %1</source>
        <translation>Nie można zapisać synchronizacji: %1</translation>
    </message>
    <message>
        <source>The purchase invoices cannot be stored: %1</source>
        <translation>Nie można zapisać faktur zakupowych: %1</translation>
    </message>
</context>
<context>
    <name>IncomingSync</name>
    <message numerus="yes">
        <source>The purchase invoices were synchronised less than %n minute(s) ago; the next synchronisation may start at %1.</source>
        <translation>
            <numerusform>Faktury zakupowe zsynchronizowano mniej niż %n minutę temu; następna synchronizacja może się zacząć o %1.</numerusform>
            <numerusform>Faktury zakupowe zsynchronizowano mniej niż %n minuty temu; następna synchronizacja może się zacząć o %1.</numerusform>
            <numerusform>Faktury zakupowe zsynchronizowano mniej niż %n minut temu; następna synchronizacja może się zacząć o %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new purchase invoice(s).</source>
        <translation>
            <numerusform>%n nowa faktura zakupowa.</numerusform>
            <numerusform>%n nowe faktury zakupowe.</numerusform>
            <numerusform>%n nowych faktur zakupowych.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new purchase invoice(s); more are waiting in KSeF and come with the next synchronisation (KSeF allows 20 exports an hour).</source>
        <translation>
            <numerusform>%n nowa faktura zakupowa; kolejne czekają w KSeF i przyjdą z następną synchronizacją (KSeF pozwala na 20 eksportów na godzinę).</numerusform>
            <numerusform>%n nowe faktury zakupowe; kolejne czekają w KSeF i przyjdą z następną synchronizacją (KSeF pozwala na 20 eksportów na godzinę).</numerusform>
            <numerusform>%n nowych faktur zakupowych; kolejne czekają w KSeF i przyjdą z następną synchronizacją (KSeF pozwala na 20 eksportów na godzinę).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The purchase invoices could not be synchronised: %1 (%n invoice(s) stored before the failure are kept; the next synchronisation continues from there).</source>
        <translation>
            <numerusform>Nie udało się zsynchronizować faktur zakupowych: %1 (%n faktura zapisana przed błędem zostaje; następna synchronizacja zacznie od tego miejsca).</numerusform>
            <numerusform>Nie udało się zsynchronizować faktur zakupowych: %1 (%n faktury zapisane przed błędem zostają; następna synchronizacja zacznie od tego miejsca).</numerusform>
            <numerusform>Nie udało się zsynchronizować faktur zakupowych: %1 (%n faktur zapisanych przed błędem zostaje; następna synchronizacja zacznie od tego miejsca).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) came without a readable XML: each is kept with the reason.</source>
        <translation>
            <numerusform>%n faktura przyszła bez czytelnego XML: zachowano ją z przyczyną.</numerusform>
            <numerusform>%n faktury przyszły bez czytelnego XML: każdą zachowano z przyczyną.</numerusform>
            <numerusform>%n faktur przyszło bez czytelnego XML: każdą zachowano z przyczyną.</numerusform>
        </translation>
    </message>
    <message>
        <source>KSeF&apos;s export package has an unreadable _metadata.json: %1</source>
        <translation>Paczka eksportu z KSeF ma nieczytelny plik _metadata.json: %1</translation>
    </message>
    <message>
        <source>KSeF&apos;s export package has no _metadata.json.</source>
        <translation>Paczka eksportu z KSeF nie ma pliku _metadata.json.</translation>
    </message>
    <message>
        <source>KSeF&apos;s export package lists an invoice without a KSeF number or storage date; nothing of this package was stored.</source>
        <translation>Paczka eksportu z KSeF wymienia fakturę bez numeru KSeF lub daty przechowywania; nic z tej paczki nie zapisano.</translation>
    </message>
    <message>
        <source>More than 10 000 purchase invoices share one storage time: KSeF&apos;s export cannot be continued past %1.</source>
        <translation>Ponad 10 000 faktur zakupowych ma ten sam czas przechowania: eksportu z KSeF nie da się kontynuować po %1.</translation>
    </message>
    <message>
        <source>KSeF&apos;s export package has no XML for this invoice.</source>
        <translation>Paczka eksportu z KSeF nie zawiera XML tej faktury.</translation>
    </message>
    <message>
        <source>The XML does not match the SHA-256 KSeF states for this invoice.</source>
        <translation>XML nie zgadza się ze skrótem SHA-256, który KSeF podaje dla tej faktury.</translation>
    </message>
    <message>
        <source>The XML cannot be read as an FA(3) invoice: %1</source>
        <translation>XML nie daje się odczytać jako faktura FA(3): %1</translation>
    </message>
</context>
<context>
    <name>InvoiceBook</name>
    <message>
        <source>The invoice book cannot be written: %1</source>
        <translation>Nie można zapisać rejestru faktur: %1</translation>
    </message>
    <message>
        <source>The draft&apos;s amounts are too large to be stored.</source>
        <translation>Kwoty w szkicu są za duże, by go zapisać.</translation>
    </message>
    <message>
        <source>Draft %1 does not exist.</source>
        <translation>Szkic %1 nie istnieje.</translation>
    </message>
    <message>
        <source>Draft %1 cannot be read.</source>
        <translation>Nie można odczytać szkicu %1.</translation>
    </message>
    <message>
        <source>The numbering pattern needs the counter {n} (for example FV/{n}/{MM}/{YYYY}).</source>
        <translation>Wzorzec numeracji musi zawierać licznik {n} (na przykład FV/{n}/{MM}/{YYYY}).</translation>
    </message>
    <message>
        <source>The numbering pattern has an unknown field; use {n}, {nnn}, {YYYY}, {YY}, {MM} or {DD}.</source>
        <translation>Wzorzec numeracji ma nieznane pole; użyj {n}, {nnn}, {YYYY}, {YY}, {MM} lub {DD}.</translation>
    </message>
    <message>
        <source>The numbering pattern makes numbers longer than KSeF accepts (256 characters).</source>
        <translation>Wzorzec numeracji daje numery dłuższe, niż przyjmuje KSeF (256 znaków).</translation>
    </message>
    <message>
        <source>An advance invoice needs the lines of the order.</source>
        <translation>Faktura zaliczkowa wymaga pozycji zamówienia.</translation>
    </message>
    <message>
        <source>The amounts are too large.</source>
        <translation>Kwoty są za duże.</translation>
    </message>
    <message>
        <source>The invoice is not valid: %1</source>
        <translation>Faktura jest niepoprawna: %1</translation>
    </message>
    <message>
        <source>issued in Kurier</source>
        <translation>wystawiona w programie Kurier</translation>
    </message>
    <message>
        <source>The original invoice cannot be read.</source>
        <translation>Nie można odczytać faktury pierwotnej.</translation>
    </message>
    <message>
        <source>Correct the original invoice, not a correction of it.</source>
        <translation>Skoryguj fakturę pierwotną, a nie jej korektę.</translation>
    </message>
</context>
<context>
    <name>InvoiceBookStore</name>
    <message>
        <source>The invoice book cannot be written</source>
        <translation>Nie można zapisać rejestru faktur</translation>
    </message>
    <message>
        <source>The invoice book cannot be read</source>
        <translation>Nie można odczytać rejestru faktur</translation>
    </message>
</context>
<context>
    <name>InvoiceDocument</name>
    <message>
        <source>The invoice&apos;s XML is not stored.</source>
        <translation>XML faktury nie jest zapisany.</translation>
    </message>
    <message>
        <source>The invoice&apos;s totals cannot be computed (an amount is too large).</source>
        <translation>Nie da się obliczyć sum faktury (kwota jest za duża).</translation>
    </message>
</context>
<context>
    <name>InvoiceImport</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>nie można odczytać pliku: %1</translation>
    </message>
    <message>
        <source>the seller&apos;s NIP is %1, but invoices are sent in the context of NIP %2</source>
        <translation>NIP sprzedawcy to %1, a faktury są wysyłane w kontekście NIP %2</translation>
    </message>
    <message>
        <source>added</source>
        <translation>dodana</translation>
    </message>
    <message>
        <source>already in the queue</source>
        <translation>już w kolejce</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>zastąpiona</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>niepoprawna</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>odrzucona</translation>
    </message>
</context>
<context>
    <name>InvoiceState</name>
    <message>
        <source>Draft</source>
        <translation>Szkic</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>W kolejce</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wysyłanie</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Przesłana</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Przetwarzana</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Przyjęta</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Potwierdzona</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Odrzucona</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulowana</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The system keychain could not be read: %1</source>
        <translation>Nie można odczytać pęku kluczy systemu: %1</translation>
    </message>
    <message>
        <source>The secret could not be stored in the system keychain: %1</source>
        <translation>Nie można zapisać sekretu w pęku kluczy systemu: %1</translation>
    </message>
    <message>
        <source>The secret could not be removed from the system keychain: %1</source>
        <translation>Nie można usunąć sekretu z pęku kluczy systemu: %1</translation>
    </message>
</context>
<context>
    <name>KsefCertificate</name>
    <message>
        <source>The key file holds no private key.</source>
        <translation>Plik klucza nie zawiera klucza prywatnego.</translation>
    </message>
    <message>
        <source>The private key does not belong to this certificate: choose the key file that was downloaded together with it.</source>
        <translation>Klucz prywatny nie należy do tego certyfikatu: wybierz plik klucza pobrany razem z nim.</translation>
    </message>
    <message>
        <source>This is not a KSeF certificate: its key usage is neither Authentication (digital signature) nor Offline (non-repudiation).</source>
        <translation>To nie jest certyfikat KSeF: jego przeznaczenie klucza to ani uwierzytelnianie (podpis cyfrowy), ani offline (niezaprzeczalność).</translation>
    </message>
    <message>
        <source>The certificate expired on %1: get a new one from KSeF.</source>
        <translation>Certyfikat wygasł %1: uzyskaj nowy w KSeF.</translation>
    </message>
    <message>
        <source>The certificate file cannot be read (expected a .crt, .cer or .pem file).</source>
        <translation>Nie można odczytać pliku certyfikatu (oczekiwano pliku .crt, .cer lub .pem).</translation>
    </message>
    <message>
        <source>The key file is not a PEM private key (.key or .pem).</source>
        <translation>Plik klucza nie jest kluczem prywatnym PEM (.key lub .pem).</translation>
    </message>
    <message>
        <source>The private key is protected by a password: enter it.</source>
        <translation>Klucz prywatny jest chroniony hasłem: wpisz je.</translation>
    </message>
    <message>
        <source>The private key cannot be opened: the password is wrong.</source>
        <translation>Nie można otworzyć klucza prywatnego: hasło jest błędne.</translation>
    </message>
    <message>
        <source>The key file cannot be read as a private key.</source>
        <translation>Pliku klucza nie da się odczytać jako klucza prywatnego.</translation>
    </message>
</context>
<context>
    <name>KsefClient</name>
    <message>
        <source>No KSeF credentials are set for this context.</source>
        <translation>Brak poświadczeń KSeF dla tego kontekstu.</translation>
    </message>
    <message>
        <source>KSeF did not finish the authentication in time.</source>
        <translation>KSeF nie zakończył uwierzytelniania w wyznaczonym czasie.</translation>
    </message>
    <message>
        <source>KSeF returned no tokens.</source>
        <translation>KSeF nie zwrócił tokenów.</translation>
    </message>
    <message>
        <source>KSeF returned no access token.</source>
        <translation>KSeF nie zwrócił tokenu dostępowego.</translation>
    </message>
    <message>
        <source>KSeF publishes no valid public key for %1.</source>
        <translation>KSeF nie publikuje ważnego klucza publicznego dla %1.</translation>
    </message>
    <message>
        <source>The rate limits have an unknown shape.</source>
        <translation>Limity żądań mają nieznany format.</translation>
    </message>
    <message>
        <source>The invoice&apos;s bytes do not match its x-ms-meta-hash.</source>
        <translation>Bajty faktury nie zgadzają się z jej x-ms-meta-hash.</translation>
    </message>
    <message>
        <source>The export did not finish in time.</source>
        <translation>Eksport nie zakończył się w wyznaczonym czasie.</translation>
    </message>
    <message>
        <source>Export part %1 is damaged (hash mismatch).</source>
        <translation>Część %1 eksportu jest uszkodzona (niezgodny skrót).</translation>
    </message>
    <message>
        <source>KSeF returned no session reference.</source>
        <translation>KSeF nie zwrócił numeru referencyjnego sesji.</translation>
    </message>
    <message>
        <source>A batch holds 1 to 10 000 invoices, not %1.</source>
        <translation>Paczka mieści od 1 do 10 000 faktur, nie %1.</translation>
    </message>
    <message>
        <source>The package needs %1 parts; KSeF takes at most 50.</source>
        <translation>Paczka wymaga %1 części; KSeF przyjmuje najwyżej 50.</translation>
    </message>
    <message>
        <source>The batch session %1 was abandoned before upload.</source>
        <translation>Sesję wsadową %1 porzucono przed wysłaniem części.</translation>
    </message>
    <message>
        <source>KSeF gave %1 upload addresses for %2 parts.</source>
        <translation>KSeF podał %1 adresów wysyłki dla %2 części.</translation>
    </message>
    <message>
        <source>The UPO&apos;s bytes do not match its x-ms-meta-hash.</source>
        <translation>Bajty UPO nie zgadzają się z jego x-ms-meta-hash.</translation>
    </message>
    <message>
        <source>The UPO is not an XML document.</source>
        <translation>UPO nie jest dokumentem XML.</translation>
    </message>
    <message>
        <source>KSeF&apos;s enrolment data lack the common name or the country.</source>
        <translation>W danych do wniosku certyfikacyjnego z KSeF brakuje nazwy (CN) lub kraju.</translation>
    </message>
    <message>
        <source>KSeF sent a certificate that cannot be read.</source>
        <translation>KSeF przesłał certyfikat, którego nie da się odczytać.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Plik jest pusty.</translation>
    </message>
    <message>
        <source>The file is not an XML document (is it the signed request, saved as .xml?).</source>
        <translation>Plik nie jest dokumentem XML (czy to podpisany wniosek zapisany jako .xml?).</translation>
    </message>
    <message>
        <source>The file is not signed: sign it with the trusted profile or your signature software and choose the signed file.</source>
        <translation>Plik nie jest podpisany: podpisz go profilem zaufanym lub programem do podpisu i wybierz podpisany plik.</translation>
    </message>
    <message>
        <source>The file carries more than one signature; sign the original request once.</source>
        <translation>Plik ma więcej niż jeden podpis; podpisz oryginalny wniosek jeden raz.</translation>
    </message>
    <message>
        <source>The signature in the file is not valid: the document was changed after signing, or the signature is damaged.</source>
        <translation>Podpis w pliku jest nieważny: dokument zmieniono po podpisaniu albo podpis jest uszkodzony.</translation>
    </message>
    <message>
        <source>The file is a request for another login (another challenge): sign the request Kurier wrote last.</source>
        <translation>Plik jest wnioskiem innego logowania (inne wyzwanie): podpisz wniosek zapisany przez Kuriera jako ostatni.</translation>
    </message>
    <message>
        <source>The file is a request for another company (NIP %1, expected %2).</source>
        <translation>Plik jest wnioskiem innej firmy (NIP %1, oczekiwano %2).</translation>
    </message>
    <message>
        <source>The request expired at %1 (KSeF accepts a signed request for 10 minutes): write a new one and sign it again.</source>
        <translation>Wniosek wygasł o %1 (KSeF przyjmuje podpisany wniosek przez 10 minut): zapisz nowy i podpisz go ponownie.</translation>
    </message>
</context>
<context>
    <name>KsefEnvironment</name>
    <message>
        <source>KSeF test environment</source>
        <translation>Środowisko testowe KSeF</translation>
    </message>
    <message>
        <source>KSeF pre-production (demo) environment</source>
        <translation>Środowisko przedprodukcyjne (demo) KSeF</translation>
    </message>
    <message>
        <source>KSeF production</source>
        <translation>KSeF produkcyjny</translation>
    </message>
    <message>
        <source>KSeF at %1</source>
        <translation>KSeF pod adresem %1</translation>
    </message>
</context>
<context>
    <name>KsefError</name>
    <message>
        <source>KSeF did not answer in time (%1). The request may have reached it; Kurier will check before sending again.</source>
        <translation>KSeF nie odpowiedział w czasie (%1). Żądanie mogło do niego dotrzeć; Kurier sprawdzi to przed ponowną wysyłką.</translation>
    </message>
    <message>
        <source>KSeF cannot be reached: %1</source>
        <translation>Nie można połączyć się z KSeF: %1</translation>
    </message>
    <message>
        <source>The secure connection to KSeF failed: %1</source>
        <translation>Bezpieczne połączenie z KSeF nie powiodło się: %1</translation>
    </message>
    <message numerus="yes">
        <source>KSeF&apos;s request limit is reached; Kurier waits %n second(s).</source>
        <translation>
            <numerusform>Osiągnięto limit żądań KSeF; Kurier czeka %n sekundę.</numerusform>
            <numerusform>Osiągnięto limit żądań KSeF; Kurier czeka %n sekundy.</numerusform>
            <numerusform>Osiągnięto limit żądań KSeF; Kurier czeka %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <source>KSeF did not accept the session&apos;s credentials (they expired or were revoked).</source>
        <translation>KSeF nie przyjął poświadczeń sesji (wygasły lub zostały unieważnione).</translation>
    </message>
    <message>
        <source>KSeF refused this computer&apos;s address: the token&apos;s authorization policy does not allow it.</source>
        <translation>KSeF odrzucił adres tego komputera: polityka autoryzacji tokenu na niego nie pozwala.</translation>
    </message>
    <message>
        <source>The KSeF credentials lack a required permission (%1).</source>
        <translation>Poświadczeniom KSeF brakuje wymaganego uprawnienia (%1).</translation>
    </message>
    <message>
        <source>KSeF&apos;s gateway refused the request (HTTP 403 without a KSeF answer)%1.</source>
        <translation>Brama KSeF odrzuciła żądanie (HTTP 403 bez odpowiedzi KSeF)%1.</translation>
    </message>
    <message>
        <source>, support id %1</source>
        <translation>, identyfikator zgłoszenia %1</translation>
    </message>
    <message>
        <source>KSeF no longer keeps the status of this operation; it will be started again.</source>
        <translation>KSeF nie przechowuje już statusu tej operacji; zostanie rozpoczęta ponownie.</translation>
    </message>
    <message>
        <source>KSeF refused the request (code %1): %2</source>
        <translation>KSeF odrzucił żądanie (kod %1): %2</translation>
    </message>
    <message>
        <source>KSeF had an internal error (HTTP %1).</source>
        <translation>Wewnętrzny błąd KSeF (HTTP %1).</translation>
    </message>
    <message>
        <source>KSeF is unavailable (maintenance or outage).</source>
        <translation>KSeF jest niedostępny (prace serwisowe lub awaria).</translation>
    </message>
    <message>
        <source>KSeF does not know this address (HTTP 404).</source>
        <translation>KSeF nie zna tego adresu (HTTP 404).</translation>
    </message>
    <message>
        <source>KSeF answered in an unexpected form (HTTP %1): %2</source>
        <translation>KSeF odpowiedział w nieoczekiwanej formie (HTTP %1): %2</translation>
    </message>
    <message>
        <source>KSeF ended the operation with status %1: %2</source>
        <translation>KSeF zakończył operację statusem %1: %2</translation>
    </message>
    <message>
        <source>Stopped: Kurier is closing; it continues when it starts again.</source>
        <translation>Przerwano: Kurier się zamyka; dokończy po ponownym uruchomieniu.</translation>
    </message>
    <message>
        <source>KSeF certificates can only be requested or revoked after a login with a signature (a qualified signature or seal, the trusted profile, or a KSeF certificate), not with a KSeF token.</source>
        <translation>O certyfikaty KSeF można wnioskować i unieważniać je tylko po zalogowaniu podpisem (kwalifikowanym podpisem lub pieczęcią, profilem zaufanym albo certyfikatem KSeF), nie tokenem KSeF.</translation>
    </message>
    <message>
        <source>The certificate request does not carry the company&apos;s data as KSeF knows it (code 25003).</source>
        <translation>Wniosek certyfikacyjny nie zawiera danych firmy zgodnych z danymi w KSeF (kod 25003).</translation>
    </message>
    <message>
        <source>KSeF could not read the certificate request (code 25004).</source>
        <translation>KSeF nie mógł odczytać wniosku certyfikacyjnego (kod 25004).</translation>
    </message>
    <message>
        <source>KSeF does not know this certificate request (code 25005); it may be older than 30 days.</source>
        <translation>KSeF nie zna tego wniosku certyfikacyjnego (kod 25005); może być starszy niż 30 dni.</translation>
    </message>
    <message>
        <source>The company has reached KSeF&apos;s limit of certificate requests (code 25006).</source>
        <translation>Firma osiągnęła limit wniosków certyfikacyjnych w KSeF (kod 25006).</translation>
    </message>
    <message>
        <source>The company has reached KSeF&apos;s limit of active certificates (code 25007): revoke one it no longer uses first.</source>
        <translation>Firma osiągnęła limit aktywnych certyfikatów w KSeF (kod 25007): najpierw unieważnij nieużywany.</translation>
    </message>
    <message>
        <source>KSeF does not know a certificate with this serial number (code 25008).</source>
        <translation>KSeF nie zna certyfikatu o tym numerze seryjnym (kod 25008).</translation>
    </message>
    <message>
        <source>This certificate cannot be revoked (code 25009): it is already revoked, blocked or expired.</source>
        <translation>Tego certyfikatu nie można unieważnić (kod 25009): jest już unieważniony, zablokowany lub wygasł.</translation>
    </message>
    <message>
        <source>KSeF accepts only RSA-2048 or EC P-256 keys for certificates (code 25010).</source>
        <translation>KSeF przyjmuje do certyfikatów tylko klucze RSA-2048 lub EC P-256 (kod 25010).</translation>
    </message>
    <message>
        <source>KSeF did not accept the certificate request&apos;s signature algorithm (code 25011).</source>
        <translation>KSeF nie przyjął algorytmu podpisu wniosku certyfikacyjnego (kod 25011).</translation>
    </message>
    <message>
        <source>KSeF already has a technical correction of this invoice (code 21166): it takes one per invoice. Issue the invoice again with a new number instead.</source>
        <translation>KSeF ma już korektę techniczną tej faktury (kod 21166): przyjmuje jedną na fakturę. Wystaw fakturę ponownie z nowym numerem.</translation>
    </message>
    <message>
        <source>KSeF does not allow a technical correction of this invoice (code 21167): only an offline invoice KSeF rejected can be corrected this way; an accepted one needs a correcting invoice.</source>
        <translation>KSeF nie pozwala na korektę techniczną tej faktury (kod 21167): tak można poprawić tylko fakturę offline odrzuconą przez KSeF; przyjętą zmienia faktura korygująca.</translation>
    </message>
    <message>
        <source>KSeF refused: this needs the permission %1 in this company, and whoever logged in holds %2. The company (or the office that passed the right on) must grant it.</source>
        <translation>KSeF odmówił: to wymaga uprawnienia %1 w tej firmie, a zalogowany ma %2. Firma (albo biuro, które przekazało uprawnienie) musi je nadać.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>żadnych</translation>
    </message>
    <message>
        <source>KSeF refused: this session was opened by someone else, and reading it needs the Introspection permission.</source>
        <translation>KSeF odmówił: tę sesję otworzył ktoś inny, a jej odczyt wymaga uprawnienia Introspection.</translation>
    </message>
    <message>
        <source>KSeF refused the login: whoever signed it holds no permission in this company (it was never granted, or was revoked). Ask the company to grant it again.</source>
        <translation>KSeF odmówił logowania: podpisujący nie ma żadnego uprawnienia w tej firmie (nie zostało nadane albo je odebrano). Poproś firmę o ponowne nadanie.</translation>
    </message>
    <message>
        <source>KSeF refused the invoice: this login may not issue invoices for its seller (status 410, wrong scope of permissions).</source>
        <translation>KSeF odrzucił fakturę: to logowanie nie pozwala wystawiać faktur za jej sprzedawcę (status 410, nieprawidłowy zakres uprawnień).</translation>
    </message>
</context>
<context>
    <name>KsefNumber</name>
    <message>
        <source>The KSeF number is empty.</source>
        <translation>Numer KSeF jest pusty.</translation>
    </message>
    <message>
        <source>A KSeF number has 35 characters (NIP-YYYYMMDD-XXXXXXXXXXXX-XX).</source>
        <translation>Numer KSeF ma 35 znaków (NIP-RRRRMMDD-XXXXXXXXXXXX-XX).</translation>
    </message>
    <message>
        <source>The KSeF number does not have the form NIP-YYYYMMDD-XXXXXXXXXXXX-XX with upper-case hex digits.</source>
        <translation>Numer KSeF nie ma postaci NIP-RRRRMMDD-XXXXXXXXXXXX-XX z wielkimi cyframi szesnastkowymi.</translation>
    </message>
    <message>
        <source>The KSeF number does not start with a valid seller NIP.</source>
        <translation>Numer KSeF nie zaczyna się od poprawnego NIP sprzedawcy.</translation>
    </message>
    <message>
        <source>The date inside the KSeF number is not a valid date.</source>
        <translation>Data w numerze KSeF nie jest poprawną datą.</translation>
    </message>
    <message>
        <source>The KSeF number&apos;s checksum does not match: it was probably mistyped.</source>
        <translation>Suma kontrolna numeru KSeF się nie zgadza: numer został prawdopodobnie źle przepisany.</translation>
    </message>
</context>
<context>
    <name>KsefPermissions</name>
    <message>
        <source>KSeF has not decided yet.</source>
        <translation>KSeF jeszcze nie rozstrzygnął.</translation>
    </message>
    <message>
        <source>Done: KSeF made the change.</source>
        <translation>Gotowe: KSeF wprowadził zmianę.</translation>
    </message>
    <message>
        <source>Refused: the identifiers do not match or are in the wrong relation.</source>
        <translation>Odmowa: identyfikatory są niezgodne albo w niewłaściwej relacji.</translation>
    </message>
    <message>
        <source>Refused: whoever is logged in may not do this (a right can only be passed on when it was given with the right to pass it on).</source>
        <translation>Odmowa: zalogowany nie może tego zrobić (uprawnienie można przekazać dalej tylko wtedy, gdy nadano je z prawem dalszego przekazania).</translation>
    </message>
    <message>
        <source>Refused: the context does not have the role or rights this needs.</source>
        <translation>Odmowa: kontekst nie ma wymaganej roli ani uprawnień.</translation>
    </message>
    <message>
        <source>Refused: not allowed between these identifiers (for example, granting the company&apos;s own NIP).</source>
        <translation>Odmowa: niedozwolone dla tych identyfikatorów (np. nadanie uprawnień własnemu NIP-owi firmy).</translation>
    </message>
    <message>
        <source>Refused: not allowed for this identifier or its type.</source>
        <translation>Odmowa: niedozwolone dla tego identyfikatora lub jego typu.</translation>
    </message>
    <message>
        <source>Refused by KSeF (code %1).</source>
        <translation>KSeF odmówił (kod %1).</translation>
    </message>
    <message>
        <source>KSeF answered code %1.</source>
        <translation>KSeF odpowiedział kodem %1.</translation>
    </message>
    <message>
        <source>Say whom: a PESEL (11 digits), a NIP (10 digits) or a certificate&apos;s SHA-256 fingerprint (64 hexadecimal digits).</source>
        <translation>Podaj komu: PESEL (11 cyfr), NIP (10 cyfr) albo odcisk SHA-256 certyfikatu (64 cyfry szesnastkowe).</translation>
    </message>
    <message>
        <source>Choose at least one permission.</source>
        <translation>Wybierz co najmniej jedno uprawnienie.</translation>
    </message>
    <message>
        <source>An office, and what an office passes on, can only get reading and issuing invoices.</source>
        <translation>Biuro, i to, co biuro przekazuje dalej, może dostać tylko odczyt i wystawianie faktur.</translation>
    </message>
    <message>
        <source>Unknown permission.</source>
        <translation>Nieznane uprawnienie.</translation>
    </message>
    <message>
        <source>An office is named by its NIP.</source>
        <translation>Biuro wskazuje się jego NIP-em.</translation>
    </message>
    <message>
        <source>The office&apos;s full name, as KSeF records it (at least 5 characters).</source>
        <translation>Pełna nazwa biura, tak jak zapisze ją KSeF (co najmniej 5 znaków).</translation>
    </message>
    <message>
        <source>The person&apos;s first and last name, as KSeF records them.</source>
        <translation>Imię i nazwisko osoby, tak jak zapisze je KSeF.</translation>
    </message>
    <message>
        <source>The client&apos;s NIP is not valid.</source>
        <translation>NIP klienta jest niepoprawny.</translation>
    </message>
</context>
<context>
    <name>Kurier::AlertCenter</name>
    <message>
        <source>The alerts cannot be written</source>
        <translation>Nie można zapisać alertów</translation>
    </message>
    <message>
        <source>The alerts cannot be read or written</source>
        <translation>Nie można odczytać ani zapisać alertów</translation>
    </message>
</context>
<context>
    <name>Kurier::AlertCentre</name>
    <message>
        <source>Open alerts</source>
        <translation>Otwarte alerty</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Potwierdź</translation>
    </message>
    <message>
        <source>Acknowledge a&amp;ll</source>
        <translation>Potwierdź &amp;wszystkie</translation>
    </message>
    <message>
        <source>Show &amp;invoice</source>
        <translation>Pokaż &amp;fakturę</translation>
    </message>
</context>
<context>
    <name>Kurier::CertificatesPage</name>
    <message>
        <source>Offline (KOD II)</source>
        <translation>Offline (KOD II)</translation>
    </message>
    <message>
        <source>Authentication (login)</source>
        <translation>Uwierzytelniający (logowanie)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktywny</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>zablokowany</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>unieważniony</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>wygasły</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nieznany</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numer seryjny</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Ważny od</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Ważny do</translation>
    </message>
    <message>
        <source>Status in KSeF</source>
        <translation>Status w KSeF</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Klucz</translation>
    </message>
    <message>
        <source>&amp;Write login request…</source>
        <translation>&amp;Zapisz wniosek logowania…</translation>
    </message>
    <message>
        <source>Choose &amp;signed file…</source>
        <translation>Wybierz &amp;podpisany plik…</translation>
    </message>
    <message>
        <source>Use a .&amp;p12 file…</source>
        <translation>Użyj pliku .p&amp;12…</translation>
    </message>
    <message>
        <source>&amp;Get new certificates</source>
        <translation>&amp;Uzyskaj nowe certyfikaty</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importuj…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Unieważ&amp;nij…</translation>
    </message>
    <message>
        <source>Re&amp;fresh from KSeF</source>
        <translation>&amp;Odśwież z KSeF</translation>
    </message>
    <message>
        <source>First log in once with your signature (the buttons above).</source>
        <translation>Najpierw zaloguj się raz swoim podpisem (przyciski powyżej).</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>jeszcze nie sprawdzony</translation>
    </message>
    <message>
        <source>in the keychain</source>
        <translation>w pęku kluczy</translation>
    </message>
    <message>
        <source>not on this computer</source>
        <translation>nie na tym komputerze</translation>
    </message>
    <message>
        <source>KSeF&apos;s list could not be read: %1</source>
        <translation>Nie udało się odczytać listy z KSeF: %1</translation>
    </message>
    <message>
        <source>Write login request</source>
        <translation>Zapisz wniosek logowania</translation>
    </message>
    <message>
        <source>XML documents (*.xml)</source>
        <translation>Dokumenty XML (*.xml)</translation>
    </message>
    <message>
        <source>Asking KSeF for a login challenge…</source>
        <translation>Pobieranie wyzwania logowania z KSeF…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>The login request is in %1. Sign it (XAdES, enveloped) with the trusted profile or your signature software before %2, then choose the signed file.</source>
        <translation>Wniosek logowania jest w %1. Podpisz go (XAdES, otaczany) profilem zaufanym lub programem do podpisu przed %2, a potem wybierz podpisany plik.</translation>
    </message>
    <message>
        <source>Choose the signed login request</source>
        <translation>Wybierz podpisany wniosek logowania</translation>
    </message>
    <message>
        <source>Signed login request</source>
        <translation>Podpisany wniosek logowania</translation>
    </message>
    <message>
        <source>Choose your qualified certificate</source>
        <translation>Wybierz swój certyfikat kwalifikowany</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>Pliki PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation>Hasło certyfikatu</translation>
    </message>
    <message>
        <source>Password of %1:</source>
        <translation>Hasło do %1:</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certyfikat</translation>
    </message>
    <message>
        <source>Getting the Authentication and Offline certificates from KSeF (keys are made on this computer)…</source>
        <translation>Pobieranie certyfikatu uwierzytelniającego i offline z KSeF (klucze powstają na tym komputerze)…</translation>
    </message>
    <message>
        <source>KSeF issued certificates %1; their keys are in the system keychain. Kurier logs in with the Authentication certificate from now on.</source>
        <translation>KSeF wydał certyfikaty %1; ich klucze są w pęku kluczy systemu. Od teraz Kurier loguje się certyfikatem uwierzytelniającym.</translation>
    </message>
    <message>
        <source>No certificate was issued: %1</source>
        <translation>Nie wydano certyfikatu: %1</translation>
    </message>
    <message>
        <source>Choose the certificate and its key file, or one .p12</source>
        <translation>Wybierz certyfikat i jego plik klucza albo jeden plik .p12</translation>
    </message>
    <message>
        <source>KSeF certificates (*.crt *.cer *.pem *.key *.p12 *.pfx);;All files (*)</source>
        <translation>Certyfikaty KSeF (*.crt *.cer *.pem *.key *.p12 *.pfx);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Key password</source>
        <translation>Hasło klucza</translation>
    </message>
    <message>
        <source>Password of the private key:</source>
        <translation>Hasło klucza prywatnego:</translation>
    </message>
    <message>
        <source>Choose two files (the certificate and its key) or one .p12.</source>
        <translation>Wybierz dwa pliki (certyfikat i jego klucz) albo jeden plik .p12.</translation>
    </message>
    <message>
        <source>Import certificate</source>
        <translation>Import certyfikatu</translation>
    </message>
    <message>
        <source>The %1 certificate %2 is imported; its key is in the system keychain.</source>
        <translation>Certyfikat %1 %2 zaimportowano; jego klucz jest w pęku kluczy systemu.</translation>
    </message>
    <message>
        <source>Revoke certificate</source>
        <translation>Unieważnienie certyfikatu</translation>
    </message>
    <message>
        <source>Select the certificate to revoke.</source>
        <translation>Zaznacz certyfikat do unieważnienia.</translation>
    </message>
    <message>
        <source>Revoke certificate %1? This cannot be undone. An Authentication certificate no longer logs in. For an Offline certificate, the KOD II printed on offline invoices signed with it no longer verifies for their buyers — revoke it only when its key is lost or compromised, or when those invoices are in KSeF.</source>
        <translation>Unieważnić certyfikat %1? Tego nie da się cofnąć. Certyfikat uwierzytelniający przestaje logować. W przypadku certyfikatu offline KOD II wydrukowany na podpisanych nim fakturach offline przestaje się weryfikować u nabywców — unieważnij go tylko, gdy klucz zaginął lub został ujawniony albo gdy te faktury są już w KSeF.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Unieważnij</translation>
    </message>
    <message>
        <source>KSeF revokes certificates only after a login with a signature: log in with the buttons above first.</source>
        <translation>KSeF unieważnia certyfikaty tylko po zalogowaniu podpisem: najpierw zaloguj się przyciskami powyżej.</translation>
    </message>
    <message>
        <source>Revoking %1…</source>
        <translation>Unieważnianie %1…</translation>
    </message>
    <message>
        <source>Certificate %1 is revoked.</source>
        <translation>Certyfikat %1 jest unieważniony.</translation>
    </message>
    <message>
        <source>The certificate was not revoked: %1</source>
        <translation>Certyfikatu nie unieważniono: %1</translation>
    </message>
    <message>
        <source>Certificates this company may still get from KSeF: %1 (requests left: %2).</source>
        <translation>Certyfikaty, które ta firma może jeszcze uzyskać w KSeF: %1 (pozostałe wnioski: %2).</translation>
    </message>
    <message>
        <source>KSeF does not accept more certificate requests from this company now (%1 of %2 certificates in use): revoke one it no longer uses first.</source>
        <translation>KSeF nie przyjmie teraz kolejnych wniosków certyfikacyjnych tej firmy (w użyciu %1 z %2 certyfikatów): najpierw unieważnij nieużywany.</translation>
    </message>
    <message>
        <source>This company logs in to KSeF with a KSeF token. Tokens are only assured until %1. Get KSeF certificates below: the Authentication certificate logs in, the Offline certificate signs KOD II on offline invoices. First log in once with your signature: write the login request, sign it with the trusted profile or your signature software, and choose the signed file — or use a .p12 file.</source>
        <translation>Ta firma loguje się do KSeF tokenem KSeF. Tokeny są zapewnione tylko do %1. Uzyskaj poniżej certyfikaty KSeF: certyfikat uwierzytelniający służy do logowania, certyfikat offline podpisuje KOD II na fakturach offline. Najpierw zaloguj się raz swoim podpisem: zapisz wniosek logowania, podpisz go profilem zaufanym lub programem do podpisu i wybierz podpisany plik — albo użyj pliku .p12.</translation>
    </message>
</context>
<context>
    <name>Kurier::Cli</name>
    <message>
        <source>export: write the CSV here instead of standard output.</source>
        <translation>export: zapisz CSV tutaj zamiast na standardowe wyjście.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>plik</translation>
    </message>
    <message>
        <source>verify or export</source>
        <translation>verify lub export</translation>
    </message>
    <message>
        <source>Usage: kurier-cli audit verify|export [--out FILE]</source>
        <translation>Użycie: kurier-cli audit verify|export [--out PLIK]</translation>
    </message>
    <message>
        <source>The audit log is intact: %1 entries, each chained to the one before.</source>
        <translation>Dziennik audytu jest nienaruszony: %1 wpisów, każdy powiązany z poprzednim.</translation>
    </message>
    <message>
        <source>The audit log was tampered with: %1</source>
        <translation>Dziennik audytu został zmieniony: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>%1 audit entries exported.</source>
        <translation>Wyeksportowano wpisy audytu: %1.</translation>
    </message>
    <message>
        <source>Acknowledge this alert.</source>
        <translation>Potwierdź ten alert.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Acknowledge every open alert.</source>
        <translation>Potwierdź wszystkie otwarte alerty.</translation>
    </message>
    <message>
        <source>No open alerts.</source>
        <translation>Brak otwartych alertów.</translation>
    </message>
    <message>
        <source>set-certificate: a PKCS#12 (.p12/.pfx) file; its password is read from standard input.</source>
        <translation>set-certificate: plik PKCS#12 (.p12/.pfx); hasło jest czytane ze standardowego wejścia.</translation>
    </message>
    <message>
        <source>set-token, set-certificate or remove</source>
        <translation>set-token, set-certificate lub remove</translation>
    </message>
    <message>
        <source>Usage: kurier-cli credentials set-token|set-certificate --p12 FILE|remove --nip NIP</source>
        <translation>Użycie: kurier-cli credentials set-token|set-certificate --p12 PLIK|remove --nip NIP</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;.</source>
        <translation>Nieznana czynność „%1”.</translation>
    </message>
    <message>
        <source>KSeF token (read from standard input, not shown):</source>
        <translation>Token KSeF (czytany ze standardowego wejścia, niewyświetlany):</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>Done: credentials for NIP %1 in %2.</source>
        <translation>Gotowe: poświadczenia dla NIP %1 w %2.</translation>
    </message>
    <message>
        <source>Invoice files or folders (searched for *.xml).</source>
        <translation>Pliki faktur lub foldery (szukane są pliki *.xml).</translation>
    </message>
    <message>
        <source>Name invoice files or folders with .xml files to import.</source>
        <translation>Wskaż pliki faktur lub foldery z plikami .xml do importu.</translation>
    </message>
    <message>
        <source>Importing %1 of %2…</source>
        <translation>Import %1 z %2…</translation>
    </message>
    <message>
        <source>%1 added, %2 already queued, %3 replaced, %4 refused</source>
        <translation>dodano %1, już w kolejce %2, zastąpiono %3, odrzucono %4</translation>
    </message>
    <message>
        <source>The queue is empty.</source>
        <translation>Kolejka jest pusta.</translation>
    </message>
    <message>
        <source>The invoice&apos;s key, number (P_2) or KSeF number.</source>
        <translation>Klucz faktury, jej numer (P_2) lub numer KSeF.</translation>
    </message>
    <message>
        <source>Name one invoice: kurier-cli show KEY|NUMBER</source>
        <translation>Wskaż jedną fakturę: kurier-cli show KLUCZ|NUMER</translation>
    </message>
    <message>
        <source>No invoice &quot;%1&quot; in the queue.</source>
        <translation>Brak faktury „%1” w kolejce.</translation>
    </message>
    <message>
        <source>No UPO is stored for &quot;%1&quot; (yet).</source>
        <translation>Dla „%1” nie zapisano (jeszcze) UPO.</translation>
    </message>
    <message>
        <source>UPO for %1 (KSeF %2) written to %3</source>
        <translation>UPO faktury %1 (KSeF %2) zapisano w %3</translation>
    </message>
    <message>
        <source>confirmed %1 of %2 · in KSeF %3 · queued %4 · rejected %5</source>
        <translation>potwierdzone %1 z %2 · w KSeF %3 · w kolejce %4 · odrzucone %5</translation>
    </message>
    <message>
        <source>Milliseconds between passes while KSeF works (default 500).</source>
        <translation>Milisekundy między przebiegami, gdy KSeF pracuje (domyślnie 500).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>send: wait for retries due within this many seconds before giving up (default 60).</source>
        <translation>send: czekaj na ponowienia przypadające w ciągu tylu sekund, zanim zakończysz (domyślnie 60).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>sekundy</translation>
    </message>
    <message>
        <source>Retry at once the invoices that wait for a later attempt.</source>
        <translation>Ponów od razu faktury czekające na późniejszą próbę.</translation>
    </message>
    <message>
        <source>The queue cannot be processed: %1</source>
        <translation>Nie można przetworzyć kolejki: %1</translation>
    </message>
    <message>
        <source>The document language is pl or en, not &quot;%1&quot;.</source>
        <translation>Język dokumentu to pl albo en, nie „%1”.</translation>
    </message>
    <message>
        <source>The language of the printed document: pl (default) or en.</source>
        <translation>Język drukowanego dokumentu: pl (domyślnie) albo en.</translation>
    </message>
    <message>
        <source>Where to write the PDF.</source>
        <translation>Gdzie zapisać PDF.</translation>
    </message>
    <message>
        <source>Usage: kurier-cli pdf KEY|NUMBER --out FILE [--document-language pl|en]</source>
        <translation>Użycie: kurier-cli pdf KLUCZ|NUMER --out PLIK [--document-language pl|en]</translation>
    </message>
    <message>
        <source>Cannot render invoice %1: %2</source>
        <translation>Nie można przygotować faktury %1: %2</translation>
    </message>
    <message>
        <source>Invoice %1 written to %2</source>
        <translation>Faktura %1 zapisana w %2</translation>
    </message>
    <message>
        <source>This kurier-cli was built without document rendering (KURIER_GUI=OFF).</source>
        <translation>Ten kurier-cli zbudowano bez tworzenia dokumentów (KURIER_GUI=OFF).</translation>
    </message>
    <message>
        <source>Cannot render the UPO of %1: %2</source>
        <translation>Nie można przygotować UPO faktury %1: %2</translation>
    </message>
    <message>
        <source>UPO of %1 written to %2 as PDF</source>
        <translation>UPO faktury %1 zapisane w %2 jako PDF</translation>
    </message>
    <message>
        <source>Where to write the UPO (its XML, byte for byte).</source>
        <translation>Gdzie zapisać UPO (jego XML, bajt w bajt).</translation>
    </message>
    <message>
        <source>Where to write the UPO as a readable PDF.</source>
        <translation>Gdzie zapisać UPO jako czytelny PDF.</translation>
    </message>
    <message>
        <source>Usage: kurier-cli upo KEY|NUMBER --out FILE | --pdf FILE</source>
        <translation>Użycie: kurier-cli upo KLUCZ|NUMER --out PLIK | --pdf PLIK</translation>
    </message>
    <message>
        <source>Reconciliation %1 (%2 – %3): %4</source>
        <translation>Uzgodnienie %1 (%2 – %3): %4</translation>
    </message>
    <message>
        <source>  checked: %1 invoices in flight, %2 sessions, %3 invoices KSeF lists (%4 queries)</source>
        <translation>  sprawdzono: %1 faktur w drodze, %2 sesji, %3 faktur z listy KSeF (%4 zapytań)</translation>
    </message>
    <message>
        <source>The reconciliation report cannot be saved: %1</source>
        <translation>Nie można zapisać raportu uzgodnienia: %1</translation>
    </message>
    <message>
        <source>No company is set up in the desktop application at %1.</source>
        <translation>W aplikacji w %1 nie skonfigurowano żadnej firmy.</translation>
    </message>
    <message>
        <source>Compare invoices KSeF stored from this date (default: 31 days ago).</source>
        <translation>Porównaj faktury zapisane w KSeF od tej daty (domyślnie: 31 dni temu).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <source>… up to this date (default: now).</source>
        <translation>… do tej daty (domyślnie: teraz).</translation>
    </message>
    <message>
        <source>Minutes in KSeF&apos;s processing (or a session open) before it counts as stuck (default 30).</source>
        <translation>Po ilu minutach przetwarzania w KSeF (lub otwartej sesji) uznać, że utknęło (domyślnie 30).</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minuty</translation>
    </message>
    <message>
        <source>Minutes after acceptance before a missing UPO needs a person (default 120).</source>
        <translation>Po ilu minutach od przyjęcia brak UPO wymaga człowieka (domyślnie 120).</translation>
    </message>
    <message>
        <source>At most this many invoice-list queries in this run (KSeF allows 20 an hour).</source>
        <translation>Najwyżej tyle zapytań o listę faktur w tym przebiegu (KSeF pozwala na 20 na godzinę).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Reconcile every company set up in the desktop application (its data folder, default ~/.local/share/Kurier/Kurier): what the daily timer runs.</source>
        <translation>Uzgodnij każdą firmę skonfigurowaną w aplikacji (jej folder danych, domyślnie ~/.local/share/Kurier/Kurier): to uruchamia codzienny timer.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>Also write the report&apos;s findings as CSV.</source>
        <translation>Zapisz też ustalenia raportu jako CSV.</translation>
    </message>
    <message>
        <source>Show a stored report (a number, or &quot;last&quot;) instead of running.</source>
        <translation>Pokaż zapisany raport (numer albo „last”) zamiast uruchamiać.</translation>
    </message>
    <message>
        <source>run</source>
        <translation>przebieg</translation>
    </message>
    <message>
        <source>Mark a finding resolved (needs --reason).</source>
        <translation>Oznacz ustalenie jako rozwiązane (wymaga --reason).</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>ustalenie</translation>
    </message>
    <message>
        <source>Why the finding is resolved (kept in the audit log).</source>
        <translation>Dlaczego ustalenie jest rozwiązane (zapisywane w dzienniku audytu).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>Dates are YYYY-MM-DD (or an ISO date and time).</source>
        <translation>Daty w formacie RRRR-MM-DD (albo data i czas ISO).</translation>
    </message>
    <message>
        <source>Finding %1 is resolved.</source>
        <translation>Ustalenie %1 jest rozwiązane.</translation>
    </message>
    <message>
        <source>No reconciliation report &quot;%1&quot;.</source>
        <translation>Brak raportu uzgodnienia „%1”.</translation>
    </message>
    <message>
        <source>Cannot render the reconciliation report: %1</source>
        <translation>Nie można utworzyć raportu uzgodnienia: %1</translation>
    </message>
    <message>
        <source>Dates are YYYY-MM-DD.</source>
        <translation>Daty mają postać RRRR-MM-DD.</translation>
    </message>
    <message>
        <source>  package %1: %2 invoices, %3 new</source>
        <translation>  paczka %1: %2 faktur, nowych %3</translation>
    </message>
    <message numerus="yes">
        <source>%n purchase invoice(s)</source>
        <translation>
            <numerusform>%n faktura zakupowa</numerusform>
            <numerusform>%n faktury zakupowe</numerusform>
            <numerusform>%n faktur zakupowych</numerusform>
        </translation>
    </message>
    <message>
        <source>Name one invoice and a file: kurier-cli incoming save KSEF-NUMBER --out FILE</source>
        <translation>Podaj jedną fakturę i plik: kurier-cli incoming save NUMER-KSEF --out PLIK</translation>
    </message>
    <message>
        <source>No purchase invoice &quot;%1&quot;.</source>
        <translation>Nie ma faktury zakupowej „%1”.</translation>
    </message>
    <message>
        <source>KSeF gave no XML for %1: %2</source>
        <translation>KSeF nie przekazał XML dla %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>sync (default) | list | save KSEF-NUMBER --out FILE | read [KSEF-NUMBER…]</source>
        <translation>sync (domyślnie) | list | save NUMER-KSEF --out PLIK | read [NUMER-KSEF…]</translation>
    </message>
    <message>
        <source>Synchronise now even if the last synchronisation was less than 15 minutes ago.</source>
        <translation>Synchronizuj teraz, nawet jeśli ostatnia synchronizacja była mniej niż 15 minut temu.</translation>
    </message>
    <message>
        <source>The first synchronisation starts at this date (default: 30 days ago).</source>
        <translation>Pierwsza synchronizacja zaczyna się od tej daty (domyślnie: 30 dni temu).</translation>
    </message>
    <message>
        <source>At most this many export packages in this run (KSeF allows 20 an hour; default 4).</source>
        <translation>Najwyżej tyle paczek eksportu w tym uruchomieniu (KSeF pozwala na 20 na godzinę; domyślnie 4).</translation>
    </message>
    <message>
        <source>Run by a timer (recorded as such).</source>
        <translation>Uruchomione przez harmonogram (tak zapisane).</translation>
    </message>
    <message>
        <source>list: only invoices not looked at yet.</source>
        <translation>list: tylko faktury jeszcze nieprzejrzane.</translation>
    </message>
    <message>
        <source>list: number, seller NIP or name contains this.</source>
        <translation>list: numer, NIP lub nazwa sprzedawcy zawiera ten tekst.</translation>
    </message>
    <message>
        <source>list: at most this many.</source>
        <translation>list: najwyżej tyle.</translation>
    </message>
    <message>
        <source>save: the file for the invoice&apos;s XML.</source>
        <translation>save: plik na XML faktury.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: sync, list, save or read.</source>
        <translation>Nieznana czynność „%1”: sync, list, save albo read.</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) marked as read.</source>
        <translation>
            <numerusform>%n fakturę oznaczono jako przejrzaną.</numerusform>
            <numerusform>%n faktury oznaczono jako przejrzane.</numerusform>
            <numerusform>%n faktur oznaczono jako przejrzane.</numerusform>
        </translation>
    </message>
    <message>
        <source>Also write the report as a PDF.</source>
        <translation>Zapisz też raport jako PDF.</translation>
    </message>
    <message>
        <source>NIP %1</source>
        <translation>NIP %1</translation>
    </message>
    <message>
        <source>%1: %2 invoices, %3 audit entries (chain intact), last activity %4</source>
        <translation>%1: faktury: %2, wpisy audytu: %3 (łańcuch nienaruszony), ostatnia aktywność %4</translation>
    </message>
    <message>
        <source>The backup file to write (must not exist).</source>
        <translation>Plik kopii zapasowej do zapisania (nie może istnieć).</translation>
    </message>
    <message>
        <source>Only check a backup file: is it complete and intact?</source>
        <translation>Tylko sprawdź plik kopii: czy jest kompletny i nienaruszony?</translation>
    </message>
    <message>
        <source>Where to? kurier-cli backup --out FILE</source>
        <translation>Dokąd? kurier-cli backup --out PLIK</translation>
    </message>
    <message>
        <source>The backup file to put back.</source>
        <translation>Plik kopii zapasowej do przywrócenia.</translation>
    </message>
    <message>
        <source>Name one backup: kurier-cli restore FILE [--db PATH] (stop Kurier first).</source>
        <translation>Podaj jedną kopię: kurier-cli restore PLIK [--db ŚCIEŻKA] (najpierw zatrzymaj Kuriera).</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>Przywrócono %1 z %2.</translation>
    </message>
    <message>
        <source>The database it replaced is kept as %1.</source>
        <translation>Zastąpiona baza danych została zachowana jako %1.</translation>
    </message>
    <message>
        <source>Run kurier-cli reconcile now: invoices sent after the backup was made are still in KSeF, and the reconciliation takes them back in with their UPOs.</source>
        <translation>Uruchom teraz kurier-cli reconcile: faktury wysłane po wykonaniu kopii są w KSeF, a uzgodnienie przejmie je z powrotem razem z UPO.</translation>
    </message>
    <message>
        <source>enrol: authentication, offline or both (default).</source>
        <translation>enrol: authentication, offline albo both (domyślnie).</translation>
    </message>
    <message>
        <source>type</source>
        <translation>typ</translation>
    </message>
    <message>
        <source>enrol: an RSA-2048 key instead of EC P-256.</source>
        <translation>enrol: klucz RSA-2048 zamiast EC P-256.</translation>
    </message>
    <message>
        <source>enrol: the certificate&apos;s name in KSeF.</source>
        <translation>enrol: nazwa certyfikatu w KSeF.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nazwa</translation>
    </message>
    <message>
        <source>enrol, revoke: log in with this .p12; import: import it.</source>
        <translation>enrol, revoke: zaloguj się tym plikiem .p12; import: zaimportuj go.</translation>
    </message>
    <message>
        <source>enrol, revoke: the login request signed elsewhere.</source>
        <translation>enrol, revoke: wniosek logowania podpisany poza Kurierem.</translation>
    </message>
    <message>
        <source>with --signed: the request file Kurier wrote.</source>
        <translation>z --signed: plik wniosku zapisany przez Kuriera.</translation>
    </message>
    <message>
        <source>request: where to write the login request.</source>
        <translation>request: gdzie zapisać wniosek logowania.</translation>
    </message>
    <message>
        <source>import: the certificate file (.crt, .cer, .pem).</source>
        <translation>import: plik certyfikatu (.crt, .cer, .pem).</translation>
    </message>
    <message>
        <source>import: its private key file (.key, .pem).</source>
        <translation>import: plik jego klucza prywatnego (.key, .pem).</translation>
    </message>
    <message>
        <source>revoke: the certificate&apos;s serial number.</source>
        <translation>revoke: numer seryjny certyfikatu.</translation>
    </message>
    <message>
        <source>serial</source>
        <translation>numer</translation>
    </message>
    <message>
        <source>revoke: superseded or key-compromise.</source>
        <translation>revoke: superseded albo key-compromise.</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>powód</translation>
    </message>
    <message>
        <source>revoke: yes, revoke it.</source>
        <translation>revoke: tak, unieważnij go.</translation>
    </message>
    <message>
        <source>list, request, enrol, import or revoke</source>
        <translation>list, request, enrol, import albo revoke</translation>
    </message>
    <message>
        <source>Usage: kurier-cli offline list [--json]   invoices issued offline and their deadlines (exit 3: one is overdue)
       kurier-cli offline issue KEY|NUMBER --mode MODE   issue a draft or queued invoice offline
       kurier-cli offline correct KEY|NUMBER FILE   technical correction of a rejected offline invoice
MODE: offline24, unavailability, failure, total-failure</source>
        <translation>Użycie: kurier-cli offline list [--json]   faktury wystawione offline i ich terminy (kod 3: któraś jest po terminie)
       kurier-cli offline issue KLUCZ|NUMER --mode TRYB   wystaw offline fakturę gotową do wysłania lub w kolejce
       kurier-cli offline correct KLUCZ|NUMER PLIK   korekta techniczna odrzuconej faktury offline
TRYB: offline24, unavailability, failure, total-failure</translation>
    </message>
    <message>
        <source>No invoice %1 in the queue.</source>
        <translation>W kolejce nie ma faktury %1.</translation>
    </message>
    <message>
        <source>  OVERDUE</source>
        <translation>  PO TERMINIE</translation>
    </message>
    <message>
        <source>%1 offline invoice(s) not in KSeF yet, %2 overdue</source>
        <translation>faktur offline jeszcze poza KSeF: %1, po terminie: %2</translation>
    </message>
    <message>
        <source>Unknown offline mode &quot;%1&quot;: use offline24, unavailability, failure or total-failure.</source>
        <translation>Nieznany tryb offline „%1”: użyj offline24, unavailability, failure albo total-failure.</translation>
    </message>
    <message>
        <source>offline24, unavailability, failure or total-failure.</source>
        <translation>offline24, unavailability, failure albo total-failure.</translation>
    </message>
    <message>
        <source>list, issue or correct</source>
        <translation>list, issue albo correct</translation>
    </message>
    <message>
        <source>%1 issued %2, %3.</source>
        <translation>%1 wystawiona: %2, %3.</translation>
    </message>
    <message>
        <source>%1: the technical correction is queued; it goes to KSeF with offlineMode and the hash of the rejected original.</source>
        <translation>%1: korekta techniczna czeka w kolejce; trafi do KSeF z offlineMode i skrótem odrzuconego oryginału.</translation>
    </message>
    <message>
        <source>Issue the invoices offline: offline24, unavailability, failure or total-failure.</source>
        <translation>Wystaw faktury offline: offline24, unavailability, failure albo total-failure.</translation>
    </message>
    <message>
        <source>Ask KSeF&apos;s availability service (Latarnia) every this many seconds (default 180; 0: never): announced windows and the deadlines of offline invoices issued in them.</source>
        <translation>Pytaj usługę dostępności KSeF (Latarnię) co tyle sekund (domyślnie 180; 0: nigdy): ogłoszone okresy i terminy faktur offline wystawionych w ich trakcie.</translation>
    </message>
    <message>
        <source>At the end, print where the time went, by phase (with --json: in the JSON).</source>
        <translation>Na końcu wypisz, na co poszedł czas, według etapów (z --json: w JSON-ie).</translation>
    </message>
    <message>
        <source>Where the time went:</source>
        <translation>Na co poszedł czas:</translation>
    </message>
    <message>
        <source>Usage:
  kurier-cli server init --db postgresql://USER@HOST:PORT/DATABASE
      creates the company&apos;s schema and the office roles kurier_sender and kurier_viewer
  kurier-cli server migrate --from FILE.sqlite --db postgresql://…
      moves a company with its whole history into an empty server database
  kurier-cli server grant --db postgresql://… --user NAME --role sender|viewer
  kurier-cli server status --db postgresql://…
The password comes from PGPASSWORD or ~/.pgpass (libpq), never from the command line.
</source>
        <translation>Użycie:
  kurier-cli server init --db postgresql://UŻYTKOWNIK@HOST:PORT/BAZA
      tworzy schemat firmy i role biura kurier_sender i kurier_viewer
  kurier-cli server migrate --from PLIK.sqlite --db postgresql://…
      przenosi firmę z całą historią do pustej bazy na serwerze
  kurier-cli server grant --db postgresql://… --user NAZWA --role sender|viewer
  kurier-cli server status --db postgresql://…
Hasło pochodzi z PGPASSWORD albo ~/.pgpass (libpq), nigdy z wiersza poleceń.
</translation>
    </message>
    <message>
        <source>Name the office server with --db postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Wskaż serwer biura: --db postgresql://UŻYTKOWNIK@HOST:PORT/BAZA.</translation>
    </message>
    <message>
        <source>The SQLite database to move to the server.</source>
        <translation>Baza SQLite do przeniesienia na serwer.</translation>
    </message>
    <message>
        <source>The server&apos;s login role to grant a role to.</source>
        <translation>Rola logowania na serwerze, której nadać rolę.</translation>
    </message>
    <message>
        <source>sender (may send) or viewer (may only look).</source>
        <translation>sender (może wysyłać) albo viewer (może tylko przeglądać).</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rola</translation>
    </message>
    <message>
        <source>%1: schema %2, roles kurier_sender and kurier_viewer ready.</source>
        <translation>%1: schemat %2, role kurier_sender i kurier_viewer gotowe.</translation>
    </message>
    <message>
        <source>--role is sender or viewer.</source>
        <translation>--role to sender albo viewer.</translation>
    </message>
    <message>
        <source>%1 is now a %2 on %3.</source>
        <translation>%1 ma teraz rolę %2 na %3.</translation>
    </message>
    <message>
        <source>%1: schema %2; %3 %4; audit log: %5 entries, %6.</source>
        <translation>%1: schemat %2; %3 %4; dziennik audytu: %5 wpisów, %6.</translation>
    </message>
    <message>
        <source>may send</source>
        <translation>może wysyłać</translation>
    </message>
    <message>
        <source>may only view</source>
        <translation>może tylko przeglądać</translation>
    </message>
    <message>
        <source>chain intact</source>
        <translation>łańcuch nienaruszony</translation>
    </message>
    <message>
        <source>Which company? kurier-cli server migrate --from FILE.sqlite --db postgresql://…</source>
        <translation>Która firma? kurier-cli server migrate --from PLIK.sqlite --db postgresql://…</translation>
    </message>
    <message>
        <source>  %1: %2 rows</source>
        <translation>  %1: %2 wierszy</translation>
    </message>
    <message>
        <source>Moved to %1: %2 invoices, %3 rows in all; audit log of %4 entries verified before and after.</source>
        <translation>Przeniesiono na %1: %2 faktur, razem %3 wierszy; dziennik audytu (%4 wpisów) sprawdzony przed i po.</translation>
    </message>
    <message>
        <source>nothing stored yet</source>
        <translation>nic jeszcze nie zapisano</translation>
    </message>
    <message>
        <source>ready %1, in KSeF %2, confirmed %3, rejected %4, new purchases %5</source>
        <translation>gotowe %1, w KSeF %2, potwierdzone %3, odrzucone %4, nowe zakupowe %5</translation>
    </message>
    <message>
        <source>needs attention: %1</source>
        <translation>wymaga uwagi: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid NIP (10 digits with a correct check digit).</source>
        <translation>„%1” nie jest poprawnym NIP-em (10 cyfr z poprawną cyfrą kontrolną).</translation>
    </message>
    <message>
        <source>Name the company with --name.</source>
        <translation>Podaj nazwę firmy w --name.</translation>
    </message>
    <message>
        <source>%1 (NIP %2) is already a client.</source>
        <translation>%1 (NIP %2) już jest klientem.</translation>
    </message>
    <message>
        <source>The settings cannot be saved in %1.</source>
        <translation>Nie można zapisać ustawień w %1.</translation>
    </message>
    <message>
        <source>%1 (NIP %2) is a client now.</source>
        <translation>%1 (NIP %2) jest teraz klientem.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Wypisz JSON.</translation>
    </message>
    <message>
        <source>Only the clients that need attention.</source>
        <translation>Tylko klienci wymagający uwagi.</translation>
    </message>
    <message>
        <source>add: the company&apos;s NIP.</source>
        <translation>add: NIP firmy.</translation>
    </message>
    <message>
        <source>nip</source>
        <translation>nip</translation>
    </message>
    <message>
        <source>add: the company&apos;s name.</source>
        <translation>add: nazwa firmy.</translation>
    </message>
    <message>
        <source>Usage: kurier-cli clients [list [--attention] [--json] | add --nip NIP --name NAME] [--desktop DIR]</source>
        <translation>Użycie: kurier-cli clients [list [--attention] [--json] | add --nip NIP --name NAZWA] [--desktop FOLDER]</translation>
    </message>
    <message>
        <source>%1 (NIP %2): %3 added, %4 already there, %5 refused</source>
        <translation>%1 (NIP %2): dodano %3, już było %4, odrzucono %5</translation>
    </message>
    <message numerus="yes">
        <source>Not a client: %1 (NIP %2), %n invoice(s) not imported. Add it with: kurier-cli clients add --nip %2 --name &quot;%1&quot;</source>
        <translation>
            <numerusform>To nie klient: %1 (NIP %2), %n faktura niezaimportowana. Dodaj go: kurier-cli clients add --nip %2 --name &quot;%1&quot;</numerusform>
            <numerusform>To nie klient: %1 (NIP %2), %n faktury niezaimportowane. Dodaj go: kurier-cli clients add --nip %2 --name &quot;%1&quot;</numerusform>
            <numerusform>To nie klient: %1 (NIP %2), %n faktur niezaimportowanych. Dodaj go: kurier-cli clients add --nip %2 --name &quot;%1&quot;</numerusform>
        </translation>
    </message>
    <message>
        <source>--offline imports for one company at a time.</source>
        <translation>--offline importuje dla jednej firmy naraz.</translation>
    </message>
    <message>
        <source>Reconcile every client company set up in the desktop application (as --desktop).</source>
        <translation>Uzgodnij każdą firmę klienta skonfigurowaną w aplikacji (jak --desktop).</translation>
    </message>
    <message>
        <source>run keeps one company going; use send --all-companies (the timer repeats it).</source>
        <translation>run prowadzi jedną firmę; użyj send --all-companies (powtarza go harmonogram).</translation>
    </message>
    <message>
        <source>The desktop&apos;s settings name an unknown KSeF environment &quot;%1&quot;.</source>
        <translation>Ustawienia aplikacji podają nieznane środowisko KSeF „%1”.</translation>
    </message>
    <message>
        <source>Every client company set up in the desktop application, each with its own database, credentials and KSeF limits.</source>
        <translation>Każda firma klienta skonfigurowana w aplikacji, każda z własną bazą danych, poświadczeniami i limitami KSeF.</translation>
    </message>
    <message>
        <source>The desktop application&apos;s data folder (default ~/.local/share/Kurier/Kurier).</source>
        <translation>Folder danych aplikacji (domyślnie ~/.local/share/Kurier/Kurier).</translation>
    </message>
    <message>
        <source>sync --all-companies: a company&apos;s purchase invoices no sooner than this many minutes after its last synchronisation (default 15, at least 15).</source>
        <translation>sync --all-companies: faktury zakupowe firmy nie wcześniej niż tyle minut po jej ostatniej synchronizacji (domyślnie 15, co najmniej 15).</translation>
    </message>
    <message>
        <source>--all-companies synchronises (incoming sync); list the purchase invoices of one company at a time.</source>
        <translation>--all-companies synchronizuje (incoming sync); faktury zakupowe wyświetla się dla jednej firmy naraz.</translation>
    </message>
    <message>
        <source>send --all-companies: send the queues as they are; invoices held as drafts stay held (what the daily timer does).</source>
        <translation>send --all-companies: wyślij kolejki takie, jakie są; faktury wstrzymane jako szkice zostają wstrzymane (tak działa codzienny timer).</translation>
    </message>
    <message>
        <source>Usage: kurier-cli certificates list
       kurier-cli certificates request --out REQUEST.xml
       kurier-cli certificates enrol [--type authentication|offline|both] [--rsa] [--name NAME]
                                     [--p12 FILE | --signed SIGNED.xml --request REQUEST.xml]
       kurier-cli certificates import --cert FILE --key FILE | --p12 FILE
       kurier-cli certificates revoke --serial SERIAL [--reason superseded|key-compromise] --yes</source>
        <translation>Użycie: kurier-cli certificates list
        kurier-cli certificates request --out ŻĄDANIE.xml
        kurier-cli certificates enrol [--type authentication|offline|both] [--rsa] [--name NAZWA]
                                      [--p12 PLIK | --signed PODPISANY.xml --request ŻĄDANIE.xml]
        kurier-cli certificates import --cert PLIK --key PLIK | --p12 PLIK
        kurier-cli certificates revoke --serial NUMER [--reason superseded|key-compromise] --yes</translation>
    </message>
    <message>
        <source>  offline, %1</source>
        <translation>  w trybie offline, %1</translation>
    </message>
    <message>
        <source>KSeF does not answer (%1). Nothing was sent; trying again at %2.</source>
        <translation>KSeF nie odpowiada (%1). Nic nie zostało wysłane; kolejna próba: %2.</translation>
    </message>
    <message>
        <source>KSeF does not answer (%1). Nothing was sent: the invoices stay in the queue and go with the next `kurier-cli send` (or `run`, which keeps trying; the next try would be at %2).</source>
        <translation>KSeF nie odpowiada (%1). Nic nie zostało wysłane: faktury zostają w kolejce i pójdą przy następnym `kurier-cli send` (albo `run`, które próbuje dalej; następna próba byłaby: %2).</translation>
    </message>
</context>
<context>
    <name>Kurier::Cli::Command</name>
    <message>
        <source>status unknown</source>
        <translation>status nieznany</translation>
    </message>
    <message>
        <source>  (not on this computer)</source>
        <translation>  (nie na tym komputerze)</translation>
    </message>
    <message>
        <source>No KSeF certificates.</source>
        <translation>Brak certyfikatów KSeF.</translation>
    </message>
    <message>
        <source>KSeF&apos;s list could not be read: %1</source>
        <translation>Nie udało się odczytać listy z KSeF: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>The login request for NIP %1 is in %2. Sign it (XAdES, enveloped: the trusted profile or your qualified-signature software) before %3, then run: kurier-cli certificates enrol --signed SIGNED.xml --request %2</source>
        <translation>Wniosek logowania dla NIP %1 jest w %2. Podpisz go (XAdES, otaczany: profil zaufany lub program do podpisu kwalifikowanego) przed %3, a potem uruchom: kurier-cli certificates enrol --signed PODPISANY.xml --request %2</translation>
    </message>
    <message>
        <source>Password of the PKCS#12 file (read from standard input):</source>
        <translation>Hasło pliku PKCS#12 (czytane ze standardowego wejścia):</translation>
    </message>
    <message>
        <source>(Write the request with `kurier-cli certificates request`.)</source>
        <translation>(Zapisz wniosek poleceniem `kurier-cli certificates request`.)</translation>
    </message>
    <message>
        <source>KSeF issues certificates only after a login with a signature, not with a KSeF token: give --p12 FILE, or write a request with `kurier-cli certificates request --out FILE`, sign it, and give --signed and --request.</source>
        <translation>KSeF wydaje certyfikaty tylko po zalogowaniu podpisem, nie tokenem KSeF: podaj --p12 PLIK albo zapisz wniosek poleceniem `kurier-cli certificates request --out PLIK`, podpisz go i podaj --signed oraz --request.</translation>
    </message>
    <message>
        <source>KSeF&apos;s limits: %1 of %2 certificates left, %3 of %4 requests left.</source>
        <translation>Limity KSeF: zostało %1 z %2 certyfikatów i %3 z %4 wniosków.</translation>
    </message>
    <message>
        <source>The %1 certificate was not issued: %2</source>
        <translation>Nie wydano certyfikatu %1: %2</translation>
    </message>
    <message>
        <source>KSeF %1 certificate %2 issued, valid until %3; its key is in the system keychain.</source>
        <translation>Wydano certyfikat KSeF %1 %2, ważny do %3; jego klucz jest w pęku kluczy systemu.</translation>
    </message>
    <message>
        <source>Password of the private key (read from standard input):</source>
        <translation>Hasło klucza prywatnego (czytane ze standardowego wejścia):</translation>
    </message>
    <message>
        <source>KSeF %1 certificate %2 imported, valid until %3; its key is in the system keychain.</source>
        <translation>Zaimportowano certyfikat KSeF %1 %2, ważny do %3; jego klucz jest w pęku kluczy systemu.</translation>
    </message>
    <message>
        <source>Revoking certificate %1 cannot be undone: it no longer logs in, and the KOD II of offline invoices signed with it (if it is an Offline certificate) no longer verifies for their buyers. Repeat with --yes to revoke it.</source>
        <translation>Unieważnienia certyfikatu %1 nie da się cofnąć: przestaje on logować, a KOD II podpisanych nim faktur offline (jeśli to certyfikat offline) przestaje się weryfikować u nabywców. Powtórz z --yes, aby go unieważnić.</translation>
    </message>
    <message>
        <source>Certificate %1 is revoked.</source>
        <translation>Certyfikat %1 jest unieważniony.</translation>
    </message>
</context>
<context>
    <name>Kurier::Cli::PermissionsCommand</name>
    <message>
        <source>Usage: kurier-cli permissions list --nip NIP
       kurier-cli permissions grant --nip NIP --to PESEL|NIP|FINGERPRINT --rights LIST
                                    [--name &quot;FIRST LAST&quot;] [--office &quot;FULL NAME&quot;]
                                    [--no-delegate] [--client NIP|all]
       kurier-cli permissions revoke --nip NIP --id ID [--yes]
       kurier-cli permissions clients --nip OFFICE-NIP
LIST: read, write, introspection, credentials-read, credentials-manage (comma-separated).</source>
        <translation>Użycie: kurier-cli permissions list --nip NIP
       kurier-cli permissions grant --nip NIP --to PESEL|NIP|ODCISK --rights LISTA
                                    [--name &quot;IMIĘ NAZWISKO&quot;] [--office &quot;PEŁNA NAZWA&quot;]
                                    [--no-delegate] [--client NIP|all]
       kurier-cli permissions revoke --nip NIP --id ID [--yes]
       kurier-cli permissions clients --nip NIP-BIURA
LISTA: read (odczyt), write (wystawianie), introspection, credentials-read, credentials-manage (po przecinku).</translation>
    </message>
    <message>
        <source>person</source>
        <translation>osoba</translation>
    </message>
    <message>
        <source>office/company</source>
        <translation>biuro/firma</translation>
    </message>
    <message>
        <source>through the office, every client</source>
        <translation>przez biuro, każdy klient</translation>
    </message>
    <message>
        <source>through the office</source>
        <translation>przez biuro</translation>
    </message>
    <message>
        <source>, may pass it on</source>
        <translation>, może przekazać dalej</translation>
    </message>
    <message>
        <source>, client %1</source>
        <translation>, klient %1</translation>
    </message>
    <message>
        <source>Nobody holds permissions in NIP %1 but its owner.</source>
        <translation>Nikt poza właścicielem nie ma uprawnień w NIP %1.</translation>
    </message>
    <message>
        <source>No company has given NIP %1 access yet.</source>
        <translation>Żadna firma nie nadała jeszcze dostępu NIP-owi %1.</translation>
    </message>
    <message>
        <source>--rights: read, write, introspection, credentials-read or credentials-manage, comma-separated.</source>
        <translation>--rights: read, write, introspection, credentials-read lub credentials-manage, po przecinku.</translation>
    </message>
    <message>
        <source>--to: a PESEL (11 digits), a NIP (10 digits) or a certificate&apos;s SHA-256 fingerprint (64 hexadecimal digits).</source>
        <translation>--to: PESEL (11 cyfr), NIP (10 cyfr) albo odcisk SHA-256 certyfikatu (64 cyfry szesnastkowe).</translation>
    </message>
    <message>
        <source>Sent to KSeF; waiting for its decision…</source>
        <translation>Wysłano do KSeF; czekam na jego decyzję…</translation>
    </message>
    <message>
        <source>No permission %1 is held in NIP %2 (`kurier-cli permissions list` shows them).</source>
        <translation>W NIP %2 nie ma uprawnienia %1 (pokazuje je `kurier-cli permissions list`).</translation>
    </message>
    <message>
        <source>Repeat with --yes to revoke it.</source>
        <translation>Powtórz z --yes, aby je odebrać.</translation>
    </message>
    <message>
        <source>grant: PESEL, NIP or certificate fingerprint.</source>
        <translation>grant: PESEL, NIP albo odcisk certyfikatu.</translation>
    </message>
    <message>
        <source>grant: read, write, introspection, …</source>
        <translation>grant: read, write, introspection, …</translation>
    </message>
    <message>
        <source>grant: the person&apos;s first and last name.</source>
        <translation>grant: imię i nazwisko osoby.</translation>
    </message>
    <message>
        <source>grant: to an office (entity) by NIP, its full name.</source>
        <translation>grant: dla biura (podmiotu) po NIP-ie — jego pełna nazwa.</translation>
    </message>
    <message>
        <source>grant --office: the office may not pass it on.</source>
        <translation>grant --office: biuro nie może przekazać dalej.</translation>
    </message>
    <message>
        <source>grant: as an office, pass it on for a client (NIP or all).</source>
        <translation>grant: jako biuro przekaż dalej dla klienta (NIP albo all).</translation>
    </message>
    <message>
        <source>revoke: the permission&apos;s id (from list).</source>
        <translation>revoke: identyfikator uprawnienia (z list).</translation>
    </message>
    <message>
        <source>revoke: yes, revoke it.</source>
        <translation>revoke: tak, odbierz je.</translation>
    </message>
    <message>
        <source>list, grant, revoke or clients</source>
        <translation>list, grant, revoke albo clients</translation>
    </message>
    <message>
        <source>set: a PKCS#12 file (password from standard input).</source>
        <translation>set: plik PKCS#12 (hasło ze standardowego wejścia).</translation>
    </message>
    <message>
        <source>set: the KSeF Authentication certificate of this company (the office&apos;s own NIP).</source>
        <translation>set: uwierzytelniający certyfikat KSeF tej firmy (własny NIP biura).</translation>
    </message>
    <message>
        <source>show, set or remove</source>
        <translation>show, set albo remove</translation>
    </message>
    <message>
        <source>Usage: kurier-cli identity show|remove
       kurier-cli identity set --p12 FILE | --from-company OFFICE-NIP
The identity you act as for companies that have no credentials of their own in Kurier: KSeF lets it in where it holds permissions.</source>
        <translation>Użycie: kurier-cli identity show|remove
       kurier-cli identity set --p12 PLIK | --from-company NIP-BIURA
Tożsamość, jako która działasz dla firm bez własnych poświadczeń w Kurierze: KSeF wpuszcza ją tam, gdzie ma uprawnienia.</translation>
    </message>
    <message>
        <source>NIP %1 has no KSeF Authentication certificate in this keychain (`kurier-cli certificates enrol --nip %1`).</source>
        <translation>NIP %1 nie ma w tym pęku kluczy uwierzytelniającego certyfikatu KSeF (`kurier-cli certificates enrol --nip %1`).</translation>
    </message>
    <message>
        <source>No identity is set for %1 any more.</source>
        <translation>Dla %1 nie ustawiono już żadnej tożsamości.</translation>
    </message>
    <message>
        <source>No identity is set: Kurier logs in only with each company&apos;s own credentials.</source>
        <translation>Nie ustawiono tożsamości: Kurier loguje się tylko własnymi poświadczeniami każdej firmy.</translation>
    </message>
    <message>
        <source>Acting as: %1
Serial: %2
Fingerprint (SHA-256): %3
Valid to: %4</source>
        <translation>Działam jako: %1
Numer seryjny: %2
Odcisk (SHA-256): %3
Ważny do: %4</translation>
    </message>
</context>
<context>
    <name>Kurier::ClientListModel</name>
    <message>
        <source>SANDBOX</source>
        <translation>PIASKOWNICA</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <source>clean</source>
        <translation>bez uwag</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>wymaga uwagi</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>nieudane</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>niepełne</translation>
    </message>
    <message>
        <source>nothing stored yet</source>
        <translation>nic jeszcze nie zapisano</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation>Wymaga uwagi: %1</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Środowisko</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>In KSeF</source>
        <translation>W KSeF</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Odrzucone</translation>
    </message>
    <message>
        <source>Stuck</source>
        <translation>Utknęły</translation>
    </message>
    <message>
        <source>No UPO</source>
        <translation>Bez UPO</translation>
    </message>
    <message>
        <source>Offline due</source>
        <translation>Termin offline</translation>
    </message>
    <message>
        <source>New purchases</source>
        <translation>Nowe zakupowe</translation>
    </message>
    <message>
        <source>Last reconciliation</source>
        <translation>Ostatnie uzgodnienie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>certyfikat</translation>
    </message>
    <message>
        <source>Credentials until</source>
        <translation>Poświadczenia do</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Dostęp</translation>
    </message>
</context>
<context>
    <name>Kurier::ClientsView</name>
    <message>
        <source>Filter by company name or NIP</source>
        <translation>Filtruj po nazwie firmy lub NIP</translation>
    </message>
    <message>
        <source>Filter clients</source>
        <translation>Filtruj klientów</translation>
    </message>
    <message>
        <source>&amp;Needs attention</source>
        <translation>&amp;Wymaga uwagi</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <source>Read every client&apos;s database again (F5)</source>
        <translation>Odczytaj ponownie bazę każdego klienta (F5)</translation>
    </message>
    <message>
        <source>&amp;Import folder for clients…</source>
        <translation>&amp;Importuj folder dla klientów…</translation>
    </message>
    <message>
        <source>Each invoice goes to the client of its seller NIP; unknown sellers are listed</source>
        <translation>Każda faktura trafia do klienta o NIP-ie jej sprzedawcy; nieznani sprzedawcy są wymienieni</translation>
    </message>
    <message>
        <source>Send all &amp;ready</source>
        <translation>Wyślij wszystkie &amp;gotowe</translation>
    </message>
    <message>
        <source>For the selected clients, or for all when none is selected: each company with its own credentials and KSeF limits</source>
        <translation>Dla zaznaczonych klientów albo dla wszystkich, gdy nic nie zaznaczono: każda firma z własnymi poświadczeniami i limitami KSeF</translation>
    </message>
    <message>
        <source>Reconcile &amp;now</source>
        <translation>&amp;Uzgodnij teraz</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Zatrzymaj</translation>
    </message>
    <message>
        <source>Add &amp;demo clients</source>
        <translation>Dodaj &amp;klientów demo</translation>
    </message>
    <message>
        <source>The sandbox as an accounting office: three more demo companies with invoices ready to send</source>
        <translation>Piaskownica jako biuro rachunkowe: trzy kolejne firmy demo z fakturami gotowymi do wysłania</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienci</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n klient</numerusform>
            <numerusform>%n klientów</numerusform>
            <numerusform>%n klientów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n wymaga uwagi</numerusform>
            <numerusform>%n wymaga uwagi</numerusform>
            <numerusform>%n wymaga uwagi</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a folder of invoices for the clients</source>
        <translation>Importuj folder faktur dla klientów</translation>
    </message>
    <message>
        <source>Import for clients</source>
        <translation>Import dla klientów</translation>
    </message>
    <message>
        <source>There are no .xml files there.</source>
        <translation>Nie ma tam plików .xml.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n invoice(s)…</source>
        <translation>
            <numerusform>Odczyt %n faktury…</numerusform>
            <numerusform>Odczyt %n faktur…</numerusform>
            <numerusform>Odczyt %n faktur…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (NIP %2): %3 added, %4 already there</source>
        <translation>%1 (NIP %2): dodano %3, już było %4</translation>
    </message>
    <message>
        <source>%1 (NIP %2): not imported — %3</source>
        <translation>%1 (NIP %2): nie zaimportowano — %3</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>odrzucono: %1</translation>
    </message>
    <message>
        <source>not an FA(3) invoice: %1 — %2</source>
        <translation>to nie faktura FA(3): %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>not a client: %1 (NIP %2), %n invoice(s) not imported</source>
        <translation>
            <numerusform>to nie klient: %1 (NIP %2), %n faktura niezaimportowana</numerusform>
            <numerusform>to nie klient: %1 (NIP %2), %n faktury niezaimportowane</numerusform>
            <numerusform>to nie klient: %1 (NIP %2), %n faktur niezaimportowanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) imported</source>
        <translation>
            <numerusform>Zaimportowano %n fakturę</numerusform>
            <numerusform>Zaimportowano %n faktury</numerusform>
            <numerusform>Zaimportowano %n faktur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (NIP %2) — %n invoice(s)</source>
        <translation>
            <numerusform>%1 (NIP %2) — %n faktura</numerusform>
            <numerusform>%1 (NIP %2) — %n faktury</numerusform>
            <numerusform>%1 (NIP %2) — %n faktur</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(bez nazwy)</translation>
    </message>
    <message>
        <source>Sellers who are not clients</source>
        <translation>Sprzedawcy, którzy nie są klientami</translation>
    </message>
    <message>
        <source>These sellers&apos; invoices were not imported: they are not clients of the office. Check the ones to add as clients; their invoices are imported then.</source>
        <translation>Faktur tych sprzedawców nie zaimportowano: nie są klientami biura. Zaznacz tych, których dodać jako klientów; ich faktury zostaną wtedy zaimportowane.</translation>
    </message>
    <message>
        <source>&amp;Add as clients and import</source>
        <translation>&amp;Dodaj jako klientów i importuj</translation>
    </message>
    <message>
        <source>Demo clients</source>
        <translation>Klienci demo</translation>
    </message>
    <message numerus="yes">
        <source>%n demo client(s) added, each with invoices ready to send.</source>
        <translation>
            <numerusform>Dodano %n klienta demo z fakturami gotowymi do wysłania.</numerusform>
            <numerusform>Dodano %n klientów demo, każdy z fakturami gotowymi do wysłania.</numerusform>
            <numerusform>Dodano %n klientów demo, każdy z fakturami gotowymi do wysłania.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo clients are already here.</source>
        <translation>Klienci demo już tu są.</translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>Zatrzymywanie po bieżącym kroku…</translation>
    </message>
    <message numerus="yes">
        <source>Send all ready invoices of %n client(s) to KSeF %1? Each company sends with its own credentials, within its own limits.</source>
        <translation>
            <numerusform>Wysłać wszystkie gotowe faktury %n klienta do KSeF %1? Każda firma wysyła z własnymi poświadczeniami, w swoich limitach.</numerusform>
            <numerusform>Wysłać wszystkie gotowe faktury %n klientów do KSeF %1? Każda firma wysyła z własnymi poświadczeniami, w swoich limitach.</numerusform>
            <numerusform>Wysłać wszystkie gotowe faktury %n klientów do KSeF %1? Każda firma wysyła z własnymi poświadczeniami, w swoich limitach.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reconcile %n client(s) with KSeF %1 now?</source>
        <translation>
            <numerusform>Uzgodnić teraz %n klienta z KSeF %1?</numerusform>
            <numerusform>Uzgodnić teraz %n klientów z KSeF %1?</numerusform>
            <numerusform>Uzgodnić teraz %n klientów z KSeF %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Send for clients</source>
        <translation>Wysyłka dla klientów</translation>
    </message>
    <message>
        <source>Reconcile clients</source>
        <translation>Uzgodnienie klientów</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Wyślij</translation>
    </message>
    <message>
        <source>&amp;Reconcile</source>
        <translation>&amp;Uzgodnij</translation>
    </message>
    <message numerus="yes">
        <source>Sending for %n client(s)…</source>
        <translation>
            <numerusform>Wysyłanie dla %n klienta…</numerusform>
            <numerusform>Wysyłanie dla %n klientów…</numerusform>
            <numerusform>Wysyłanie dla %n klientów…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reconciling %n client(s)…</source>
        <translation>
            <numerusform>Uzgadnianie %n klienta…</numerusform>
            <numerusform>Uzgadnianie %n klientów…</numerusform>
            <numerusform>Uzgadnianie %n klientów…</numerusform>
        </translation>
    </message>
    <message>
        <source>Work for clients finished</source>
        <translation>Praca dla klientów zakończona</translation>
    </message>
    <message numerus="yes">
        <source>Fetching the purchase invoices of %n client(s)…</source>
        <translation>
            <numerusform>Pobieranie faktur zakupowych %n klienta…</numerusform>
            <numerusform>Pobieranie faktur zakupowych %n klientów…</numerusform>
            <numerusform>Pobieranie faktur zakupowych %n klientów…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Purchase invoices</source>
        <translation>&amp;Faktury zakupowe</translation>
    </message>
    <message>
        <source>Fetch the new purchase invoices from KSeF now, for the selected clients or for all (Kurier also fetches them by itself, a few clients at a time)</source>
        <translation>Pobierz teraz nowe faktury zakupowe z KSeF dla wybranych klientów lub dla wszystkich (Kurier pobiera je też sam, po kilku klientów naraz)</translation>
    </message>
    <message>
        <source>Add clients who gave &amp;us access…</source>
        <translation>Dodaj klientów, którzy dali nam u&amp;prawnienia…</translation>
    </message>
    <message>
        <source>The companies that granted your office (or you) permissions in KSeF: add them without any of their passwords, tokens or keys</source>
        <translation>Firmy, które nadały Twojemu biuru (albo Tobie) uprawnienia w KSeF: dodaj je bez żadnych ich haseł, tokenów ani kluczy</translation>
    </message>
    <message>
        <source>Asking KSeF which companies gave you access…</source>
        <translation>Pytam KSeF, które firmy dały Ci dostęp…</translation>
    </message>
    <message>
        <source>Clients who gave you access</source>
        <translation>Klienci, którzy dali Ci dostęp</translation>
    </message>
    <message>
        <source>No company has given you access in KSeF yet: a client grants your office&apos;s NIP (or you) the rights to read and issue invoices in KSeF.</source>
        <translation>Żadna firma nie dała Ci jeszcze dostępu w KSeF: klient nadaje NIP-owi Twojego biura (albo Tobie) uprawnienia do odczytu i wystawiania faktur w KSeF.</translation>
    </message>
    <message>
        <source>NIP %1 — %2 since %3%4</source>
        <translation>NIP %1 — %2 od %3%4</translation>
    </message>
    <message>
        <source>read and issue invoices</source>
        <translation>odczyt i wystawianie faktur</translation>
    </message>
    <message>
        <source>read invoices only</source>
        <translation>tylko odczyt faktur</translation>
    </message>
    <message>
        <source> (already a client: its rights are updated)</source>
        <translation> (już jest klientem: jego uprawnienia zostaną zaktualizowane)</translation>
    </message>
    <message>
        <source>These companies granted you permissions in KSeF. Check the ones to add: Kurier reaches them with your own identity, never with their credentials.</source>
        <translation>Te firmy nadały Ci uprawnienia w KSeF. Zaznacz te do dodania: Kurier łączy się z nimi Twoją własną tożsamością, nigdy ich poświadczeniami.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Dodaj</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) added; they are reached through your permissions.</source>
        <translation>
            <numerusform>Dodano %n klienta; Kurier działa za niego na Twoich uprawnieniach.</numerusform>
            <numerusform>Dodano %n klientów; Kurier działa za nich na Twoich uprawnieniach.</numerusform>
            <numerusform>Dodano %n klientów; Kurier działa za nich na Twoich uprawnieniach.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kurier::Dashboard</name>
    <message>
        <source>In flight</source>
        <translation>W drodze</translation>
    </message>
    <message>
        <source>Stuck</source>
        <translation>Utknęły</translation>
    </message>
    <message>
        <source>Missing UPO</source>
        <translation>Brak UPO</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Odrzucone</translation>
    </message>
    <message>
        <source>Orphans found</source>
        <translation>Znalezione sieroty</translation>
    </message>
    <message>
        <source>&amp;Reconcile with KSeF now</source>
        <translation>&amp;Uzgodnij z KSeF teraz</translation>
    </message>
    <message>
        <source>Compare the outbox with what KSeF has: adopt, queue again, fetch UPOs, report</source>
        <translation>Porównaj kolejkę z tym, co ma KSeF: przejmij, ponów, pobierz UPO, zgłoś</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>P&amp;onów</translation>
    </message>
    <message>
        <source>&amp;Mark resolved…</source>
        <translation>&amp;Oznacz jako rozwiązane…</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>KSeF number / session</source>
        <translation>Numer KSeF / sesja</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>KSeF&apos;s answer</source>
        <translation>Odpowiedź KSeF</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Co zrobić</translation>
    </message>
    <message>
        <source>Reconciling with KSeF…</source>
        <translation>Uzgadnianie z KSeF…</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>wymaga uwagi</translation>
    </message>
    <message>
        <source>all in order</source>
        <translation>wszystko w porządku</translation>
    </message>
    <message>
        <source>No reconciliation with KSeF yet: run one now, or enable the daily timer.</source>
        <translation>Nie było jeszcze uzgodnienia z KSeF: uruchom je teraz albo włącz codzienny timer.</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>Oznacz jako rozwiązane</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) will be marked resolved. Why? (kept in the audit log)</source>
        <translation>
            <numerusform>%n problem zostanie oznaczony jako rozwiązany. Dlaczego? (zapis w dzienniku audytu)</numerusform>
            <numerusform>%n problemy zostaną oznaczone jako rozwiązane. Dlaczego? (zapis w dzienniku audytu)</numerusform>
            <numerusform>%n problemów zostanie oznaczonych jako rozwiązane. Dlaczego? (zapis w dzienniku audytu)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the reconciliation report</source>
        <translation>Eksport raportu uzgodnienia</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>&amp;Adopt</source>
        <translation>&amp;Przejmij</translation>
    </message>
    <message>
        <source>Take an invoice KSeF has for this company into Kurier, with its XML and UPO</source>
        <translation>Przejmij do Kuriera fakturę, którą KSeF ma dla tej firmy, z jej XML i UPO</translation>
    </message>
    <message>
        <source>E&amp;xport report (PDF, CSV)…</source>
        <translation>E&amp;ksportuj raport (PDF, CSV)…</translation>
    </message>
    <message>
        <source>Adopt</source>
        <translation>Przejmij</translation>
    </message>
    <message>
        <source>Adopting %1 from KSeF…</source>
        <translation>Przejmowanie %1 z KSeF…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;CSV files (*.csv)</source>
        <translation>Dokumenty PDF (*.pdf);;Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>Next: %1.</source>
        <translation>Następne: %1.</translation>
    </message>
    <message>
        <source>The daily timer (kurier-reconcile.timer) runs the next one.</source>
        <translation>Następne uruchomi codzienny harmonogram (kurier-reconcile.timer).</translation>
    </message>
    <message>
        <source>Last reconciliation: %1 (%2). %3</source>
        <translation>Ostatnie uzgodnienie: %1 (%2). %3</translation>
    </message>
    <message>
        <source>KSeF&apos;s availability (Latarnia): not checked yet.</source>
        <translation>Dostępność KSeF (Latarnia): jeszcze nie sprawdzona.</translation>
    </message>
    <message>
        <source>KSeF&apos;s availability (Latarnia): available, no announced maintenance or failure.</source>
        <translation>Dostępność KSeF (Latarnia): dostępny, bez zapowiedzianych prac ani awarii.</translation>
    </message>
    <message>
        <source>KSeF&apos;s availability (Latarnia): %1</source>
        <translation>Dostępność KSeF (Latarnia): %1</translation>
    </message>
    <message>
        <source>Offline, due</source>
        <translation>Offline, termin</translation>
    </message>
    <message>
        <source>Offline invoices to send, the earliest deadline first:
%1</source>
        <translation>Faktury offline do wysłania, od najbliższego terminu:
%1</translation>
    </message>
</context>
<context>
    <name>Kurier::DesktopSession</name>
    <message>
        <source>SANDBOX</source>
        <translation>PIASKOWNICA</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>TEST</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUKCJA</translation>
    </message>
    <message>
        <source>CUSTOM</source>
        <translation>WŁASNY ADRES</translation>
    </message>
    <message>
        <source>No company is set up yet.</source>
        <translation>Nie skonfigurowano jeszcze żadnej firmy.</translation>
    </message>
    <message>
        <source>The sandbox emulator is not running.</source>
        <translation>Emulator piaskownicy nie działa.</translation>
    </message>
    <message>
        <source>You may only view this company: the office server&apos;s user %1 has no right to send (role kurier_sender).</source>
        <translation>Możesz tylko przeglądać tę firmę: użytkownik serwera biura %1 nie ma prawa wysyłania (rola kurier_sender).</translation>
    </message>
    <message>
        <source>Demo clients belong to the sandbox.</source>
        <translation>Klienci demo należą do piaskownicy.</translation>
    </message>
    <message>
        <source>%1 is reached through the office&apos;s permissions, but no identity is set to act as (kurier-cli identity set).</source>
        <translation>%1 jest obsługiwany na uprawnieniach biura, ale nie ustawiono tożsamości, jako która Kurier ma działać (kurier-cli identity set).</translation>
    </message>
    <message>
        <source>Set the identity you act as for your clients first: your own or the office&apos;s KSeF certificate (kurier-cli identity set).</source>
        <translation>Najpierw ustaw tożsamość, jako która działasz dla klientów: własny certyfikat KSeF albo certyfikat biura (kurier-cli identity set).</translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation>Klient %1</translation>
    </message>
    <message>
        <source>%1 gave the office read-only access in KSeF: Kurier sends nothing for it; the invoices stay in the queue. Ask the client for the permission to issue invoices (InvoiceWrite).</source>
        <translation>%1 dał biuru w KSeF tylko dostęp do odczytu: Kurier nic za niego nie wysyła; faktury zostają w kolejce. Poproś klienta o uprawnienie do wystawiania faktur (InvoiceWrite).</translation>
    </message>
</context>
<context>
    <name>Kurier::DocumentView</name>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Official receipt (UPO)</source>
        <translation>Urzędowe poświadczenie odbioru (UPO)</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Pokaż:</translation>
    </message>
    <message>
        <source>The language of the document (not of the program)</source>
        <translation>Język dokumentu (nie programu)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Dru&amp;kuj…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Zapisz jako P&amp;DF…</translation>
    </message>
    <message>
        <source>Open in &amp;viewer</source>
        <translation>Otwórz w &amp;przeglądarce</translation>
    </message>
    <message>
        <source>Open the PDF in the system&apos;s PDF viewer</source>
        <translation>Otwórz PDF w systemowej przeglądarce PDF</translation>
    </message>
    <message>
        <source>Print (%1)</source>
        <translation>Drukuj (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n strona</numerusform>
            <numerusform>%n strony</numerusform>
            <numerusform>%n stron</numerusform>
        </translation>
    </message>
    <message>
        <source>No invoice selected.</source>
        <translation>Nie wybrano faktury.</translation>
    </message>
    <message>
        <source>KSeF has not issued the UPO for this invoice yet.</source>
        <translation>KSeF nie wydał jeszcze UPO dla tej faktury.</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Przygotowywanie dokumentu…</translation>
    </message>
    <message>
        <source>The document cannot be shown: %1</source>
        <translation>Nie można pokazać dokumentu: %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drukowanie</translation>
    </message>
    <message>
        <source>The document could not be printed: %1</source>
        <translation>Nie udało się wydrukować dokumentu: %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Zapisz jako PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>Open in viewer</source>
        <translation>Otwórz w przeglądarce</translation>
    </message>
    <message>
        <source>No PDF viewer is set up on this system. The document is saved at %1.</source>
        <translation>W systemie nie ustawiono przeglądarki PDF. Dokument zapisano w %1.</translation>
    </message>
    <message>
        <source>The document cannot be made: %1</source>
        <translation>Nie można przygotować dokumentu: %1</translation>
    </message>
</context>
<context>
    <name>Kurier::FirstRunDialog</name>
    <message>
        <source>Welcome to Kurier</source>
        <translation>Witaj w programie Kurier</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Kurier&lt;/h2&gt;&lt;p&gt;Kurier sends your invoices to KSeF and keeps, for each one, its KSeF number and the official receipt (UPO).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Witaj w programie Kurier&lt;/h2&gt;&lt;p&gt;Kurier wysyła Twoje faktury do KSeF i przechowuje dla każdej z nich numer KSeF oraz urzędowe potwierdzenie odbioru (UPO).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Try it in the sandbox</source>
        <translation>Wypróbuj w piaskownicy</translation>
    </message>
    <message>
        <source>A local KSeF emulator, a demo company and a few demo invoices: send them and see their UPOs within a minute. Nothing leaves this computer.</source>
        <translation>Lokalny emulator KSeF, firma demonstracyjna i kilka przykładowych faktur: wyślij je i zobacz ich UPO w ciągu minuty. Nic nie opuszcza tego komputera.</translation>
    </message>
    <message>
        <source>Set up my company</source>
        <translation>Skonfiguruj moją firmę</translation>
    </message>
    <message>
        <source>Your NIP, the KSeF environment (TEST, DEMO or PRODUCTION) and a KSeF token or certificate.</source>
        <translation>Twój NIP, środowisko KSeF (TEST, DEMO lub PRODUKCJA) oraz token KSeF lub certyfikat.</translation>
    </message>
</context>
<context>
    <name>Kurier::InvoiceDetail</name>
    <message>
        <source>Updated</source>
        <translation>Zmieniono</translation>
    </message>
    <message>
        <source>&amp;Copy KSeF number</source>
        <translation>&amp;Kopiuj numer KSeF</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Zdarzenie</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Historia</translation>
    </message>
    <message>
        <source>&amp;XML</source>
        <translation>&amp;XML</translation>
    </message>
    <message>
        <source>&amp;UPO</source>
        <translation>&amp;UPO</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Dokument</translation>
    </message>
    <message>
        <source>No invoice selected</source>
        <translation>Nie wybrano faktury</translation>
    </message>
    <message>
        <source>No UPO yet.</source>
        <translation>Brak UPO.</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Faktura %1</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Ostatni błąd</translation>
    </message>
    <message>
        <source>(trace id %1)</source>
        <translation>(identyfikator śledzenia %1)</translation>
    </message>
    <message>
        <source>KSeF accepted the invoice; the UPO is being fetched.</source>
        <translation>KSeF przyjął fakturę; UPO jest pobierane.</translation>
    </message>
    <message>
        <source>The stored UPO cannot be read: %1</source>
        <translation>Nie można odczytać zapisanego UPO: %1</translation>
    </message>
    <message>
        <source>Official receipt (UPO)</source>
        <translation>Urzędowe poświadczenie odbioru (UPO)</translation>
    </message>
    <message>
        <source>verified against the invoice</source>
        <translation>zweryfikowane z fakturą</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>niezweryfikowane</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Odbiorca</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesja</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontekst</translation>
    </message>
    <message>
        <source>KSeF number</source>
        <translation>Numer KSeF</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Numer faktury</translation>
    </message>
    <message>
        <source>Number assigned</source>
        <translation>Nadanie numeru</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wysłano</translation>
    </message>
    <message>
        <source>Invoice hash</source>
        <translation>Skrót faktury</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Tryb</translation>
    </message>
    <message>
        <source>Signed by the Ministry</source>
        <translation>Podpisane przez Ministerstwo</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Wersja schematu</translation>
    </message>
    <message>
        <source>Offline deadline set</source>
        <translation>Ustalono termin faktury offline</translation>
    </message>
    <message>
        <source>Issued offline: %1</source>
        <translation>Wystawiona offline: %1</translation>
    </message>
    <message>
        <source>Issued offline: %1, %2</source>
        <translation>Wystawiona offline: %1, %2</translation>
    </message>
    <message>
        <source>No KOD II (issued without an Offline certificate)</source>
        <translation>Bez KODU II (wystawiona bez certyfikatu Offline)</translation>
    </message>
    <message>
        <source>Technical correction of the rejected invoice with hash %1</source>
        <translation>Korekta techniczna odrzuconej faktury o skrócie %1</translation>
    </message>
    <message>
        <source>KSeF received it as: %1</source>
        <translation>KSeF przyjął ją jako: %1</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
</context>
<context>
    <name>Kurier::InvoiceEditor</name>
    <message>
        <source>New invoice</source>
        <translation>Nowa faktura</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Rodzaj:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Numer:</translation>
    </message>
    <message>
        <source>&amp;Issue date:</source>
        <translation>&amp;Data wystawienia:</translation>
    </message>
    <message>
        <source>S&amp;ale date:</source>
        <translation>Data &amp;sprzedaży:</translation>
    </message>
    <message>
        <source>No company set up</source>
        <translation>Brak skonfigurowanej firmy</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Sprzedawca</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10 cyfr</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Nabywca</translation>
    </message>
    <message>
        <source>&amp;NIP:</source>
        <translation>&amp;NIP:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;zwa:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>Postcode, city:</source>
        <translation>Kod pocztowy, miejscowość:</translation>
    </message>
    <message>
        <source>N&amp;et prices</source>
        <translation>Ceny n&amp;etto</translation>
    </message>
    <message>
        <source>&amp;Gross prices</source>
        <translation>Ceny &amp;brutto</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>Dod&amp;aj pozycję</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>&amp;Usuń pozycję</translation>
    </message>
    <message>
        <source>Invoice lines</source>
        <translation>Pozycje faktury</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Przelew</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Gotówka</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karta</translation>
    </message>
    <message>
        <source>Mobile payment</source>
        <translation>Płatność mobilna</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Termin płatności:</translation>
    </message>
    <message>
        <source>&amp;Payment:</source>
        <translation>&amp;Forma płatności:</translation>
    </message>
    <message>
        <source>&amp;Bank account:</source>
        <translation>&amp;Rachunek bankowy:</translation>
    </message>
    <message>
        <source>Correction &amp;reason:</source>
        <translation>P&amp;rzyczyna korekty:</translation>
    </message>
    <message>
        <source>&amp;Issue invoice</source>
        <translation>&amp;Wystaw fakturę</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Zapisz szkic</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Do zapłaty: %1</translation>
    </message>
    <message>
        <source>Total: too large</source>
        <translation>Razem: za dużo</translation>
    </message>
    <message>
        <source>Correction of invoice %1</source>
        <translation>Korekta faktury %1</translation>
    </message>
    <message>
        <source>Correction (%1)</source>
        <translation>Korekta (%1)</translation>
    </message>
    <message>
        <source>VAT invoice (%1)</source>
        <translation>Faktura VAT (%1)</translation>
    </message>
    <message>
        <source>Set up your company in Settings first.</source>
        <translation>Najpierw skonfiguruj firmę w Ustawieniach.</translation>
    </message>
    <message>
        <source>Buyer&apos;s NIP: %1</source>
        <translation>NIP nabywcy: %1</translation>
    </message>
    <message>
        <source>The buyer needs a name.</source>
        <translation>Podaj nazwę nabywcy.</translation>
    </message>
    <message>
        <source>Add at least one line.</source>
        <translation>Dodaj co najmniej jedną pozycję.</translation>
    </message>
    <message>
        <source>Line %1 needs a name.</source>
        <translation>Pozycja %1 wymaga nazwy.</translation>
    </message>
    <message>
        <source>A correction needs its reason.</source>
        <translation>Korekta wymaga podania przyczyny.</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Stawka VAT</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>The amounts are too large.</source>
        <translation>Kwoty są za duże.</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>poprawny</translation>
    </message>
    <message>
        <source>The invoice cannot be issued</source>
        <translation>Nie można wystawić faktury</translation>
    </message>
    <message>
        <source>The draft cannot be saved</source>
        <translation>Nie można zapisać szkicu</translation>
    </message>
    <message>
        <source>Issue o&amp;ffline</source>
        <translation>Wystaw o&amp;ffline</translation>
    </message>
    <message>
        <source>Issue it outside KSeF now (offline24, your choice): the printout carries KOD II, and Kurier sends it to KSeF by the end of the next business day.</source>
        <translation>Wystaw ją teraz poza KSeF (offline24, z wyboru): wydruk ma KOD II, a Kurier wyśle ją do KSeF do końca następnego dnia roboczego.</translation>
    </message>
    <message>
        <source>KSeF cannot take invoices now</source>
        <translation>KSeF nie przyjmuje teraz faktur</translation>
    </message>
    <message>
        <source>%1

Issue this invoice offline (%2)? It gets its number now, its printout carries KOD II for the buyer, and Kurier sends it to KSeF as soon as KSeF answers (%3). Or issue it as usual: it waits in the queue until KSeF is back.</source>
        <translation>%1

Wystawić tę fakturę offline (%2)? Dostanie numer teraz, jej wydruk będzie miał KOD II dla nabywcy, a Kurier wyśle ją do KSeF, gdy tylko KSeF odpowie (%3). Albo wystaw ją zwykle: poczeka w kolejce, aż KSeF wróci.</translation>
    </message>
    <message>
        <source>KSeF does not answer.</source>
        <translation>KSeF nie odpowiada.</translation>
    </message>
    <message>
        <source>Issue &amp;offline</source>
        <translation>Wystaw &amp;offline</translation>
    </message>
    <message>
        <source>Issue and &amp;wait for KSeF</source>
        <translation>Wystaw i &amp;czekaj na KSeF</translation>
    </message>
    <message>
        <source>The invoice cannot be issued offline</source>
        <translation>Nie można wystawić faktury offline</translation>
    </message>
    <message>
        <source>Invoice %1 is issued and kept as ready to send, but not as offline: %2</source>
        <translation>Faktura %1 jest wystawiona i czeka jako gotowa do wysłania, ale nie jako offline: %2</translation>
    </message>
</context>
<context>
    <name>Kurier::InvoiceLinesModel</name>
    <message>
        <source>0 % (domestic)</source>
        <translation>0 % (kraj)</translation>
    </message>
    <message>
        <source>0 % (intra-EU supply)</source>
        <translation>0 % (WDT)</translation>
    </message>
    <message>
        <source>0 % (export)</source>
        <translation>0 % (eksport)</translation>
    </message>
    <message>
        <source>zw (exempt)</source>
        <translation>zw (zwolnione)</translation>
    </message>
    <message>
        <source>oo (reverse charge)</source>
        <translation>oo (odwrotne obciążenie)</translation>
    </message>
    <message>
        <source>np (not taxable in Poland)</source>
        <translation>np (poza terytorium kraju)</translation>
    </message>
    <message>
        <source>np (EU services, art. 100)</source>
        <translation>np (usługi UE, art. 100)</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>za duża</translation>
    </message>
    <message>
        <source>A line needs a name of at most 512 characters.</source>
        <translation>Pozycja wymaga nazwy o długości najwyżej 512 znaków.</translation>
    </message>
    <message>
        <source>“%1” is not a quantity: type a number greater than zero, e.g. 2 or 1,5.</source>
        <translation>„%1” nie jest ilością: wpisz liczbę większą od zera, np. 2 lub 1,5.</translation>
    </message>
    <message>
        <source>“%1” is not a price: type an amount, e.g. 120 or 99,99.</source>
        <translation>„%1” nie jest ceną: wpisz kwotę, np. 120 lub 99,99.</translation>
    </message>
    <message>
        <source>“%1” is not a discount: type an amount, e.g. 10,00.</source>
        <translation>„%1” nie jest rabatem: wpisz kwotę, np. 10,00.</translation>
    </message>
    <message>
        <source>“%1” is not a VAT rate.</source>
        <translation>„%1” nie jest stawką VAT.</translation>
    </message>
    <message>
        <source>Goods or service</source>
        <translation>Towar lub usługa</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>J.m.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <source>Net price</source>
        <translation>Cena netto</translation>
    </message>
    <message>
        <source>Gross price</source>
        <translation>Cena brutto</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabat</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Net value</source>
        <translation>Wartość netto</translation>
    </message>
    <message>
        <source>Gross value</source>
        <translation>Wartość brutto</translation>
    </message>
    <message>
        <source>pcs.</source>
        <translation>szt.</translation>
    </message>
</context>
<context>
    <name>Kurier::MainWindow</name>
    <message>
        <source>Kurier</source>
        <translation>Kurier</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Wysyłka</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerty</translation>
    </message>
    <message>
        <source>The outbox cannot be read: %1</source>
        <translation>Nie można odczytać listy wysyłki: %1</translation>
    </message>
    <message>
        <source>Importing… %1 of %2</source>
        <translation>Importowanie… %1 z %2</translation>
    </message>
    <message>
        <source>Sending cannot start</source>
        <translation>Nie można rozpocząć wysyłki</translation>
    </message>
    <message>
        <source>Kurier — %1 (%2)</source>
        <translation>Kurier — %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n invoice(s) need attention (rejected, stuck, waiting for a retry or missing the UPO). &lt;a href=&apos;#&apos;&gt;Show them&lt;/a&gt;</source>
        <translation>
            <numerusform>⚠ %n faktura wymaga uwagi (odrzucona, utknęła, czeka na ponowienie lub brak UPO). &lt;a href=&apos;#&apos;&gt;Pokaż&lt;/a&gt;</numerusform>
            <numerusform>⚠ %n faktury wymagają uwagi (odrzucone, utknęły, czekają na ponowienie lub brak UPO). &lt;a href=&apos;#&apos;&gt;Pokaż&lt;/a&gt;</numerusform>
            <numerusform>⚠ %n faktur wymaga uwagi (odrzucone, utknęły, czekają na ponowienie lub brak UPO). &lt;a href=&apos;#&apos;&gt;Pokaż&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New invoice…</source>
        <translation>&amp;Nowa faktura…</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Importuj pliki…</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>Importuj &amp;folder…</translation>
    </message>
    <message>
        <source>&amp;Send selected</source>
        <translation>&amp;Wyślij zaznaczone</translation>
    </message>
    <message>
        <source>Send &amp;all ready</source>
        <translation>Wyślij &amp;wszystkie gotowe</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>Ponów &amp;teraz</translation>
    </message>
    <message>
        <source>&amp;Cancel sending</source>
        <translation>&amp;Anuluj wysyłkę</translation>
    </message>
    <message>
        <source>&amp;Copy KSeF number</source>
        <translation>&amp;Kopiuj numer KSeF</translation>
    </message>
    <message>
        <source>Export &amp;UPO…</source>
        <translation>Eksportuj &amp;UPO…</translation>
    </message>
    <message>
        <source>Export &amp;XML…</source>
        <translation>Eksportuj &amp;XML…</translation>
    </message>
    <message>
        <source>Co&amp;rrection…</source>
        <translation>Ko&amp;rekta…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <source>Try it in the &amp;sandbox</source>
        <translation>Wypróbuj w &amp;piaskownicy</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>Open &amp;detail</source>
        <translation>Pokaż &amp;szczegóły</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Sz&amp;ukaj</translation>
    </message>
    <message>
        <source>Show what needs &amp;attention</source>
        <translation>Pokaż, co wymaga &amp;uwagi</translation>
    </message>
    <message>
        <source>&amp;Pause sending</source>
        <translation>&amp;Wstrzymaj wysyłkę</translation>
    </message>
    <message>
        <source>A&amp;lerts</source>
        <translation>A&amp;lerty</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>Open &amp;draft</source>
        <translation>Otwórz &amp;szkic</translation>
    </message>
    <message>
        <source>No drafts</source>
        <translation>Brak szkiców</translation>
    </message>
    <message>
        <source>%1 — saved %2</source>
        <translation>%1 — zapisano %2</translation>
    </message>
    <message>
        <source>(no buyer)</source>
        <translation>(bez nabywcy)</translation>
    </message>
    <message>
        <source>The draft cannot be opened</source>
        <translation>Nie można otworzyć szkicu</translation>
    </message>
    <message>
        <source>&amp;Invoice</source>
        <translation>&amp;Faktura</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Główny</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>The company cannot be opened</source>
        <translation>Nie można otworzyć firmy</translation>
    </message>
    <message>
        <source>No correction can be made</source>
        <translation>Nie można wystawić korekty</translation>
    </message>
    <message>
        <source>Import invoices</source>
        <translation>Importuj faktury</translation>
    </message>
    <message>
        <source>FA(3) invoices (*.xml);;All files (*)</source>
        <translation>Faktury FA(3) (*.xml);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Import a folder of invoices</source>
        <translation>Importuj folder z fakturami</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Nie ma czego importować</translation>
    </message>
    <message>
        <source>No XML files were found in what you chose.</source>
        <translation>W wybranym miejscu nie znaleziono plików XML.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importowanie %n pliku…</numerusform>
            <numerusform>Importowanie %n plików…</numerusform>
            <numerusform>Importowanie %n plików…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) imported</source>
        <translation>
            <numerusform>Zaimportowano %n fakturę</numerusform>
            <numerusform>Zaimportowano %n faktury</numerusform>
            <numerusform>Zaimportowano %n faktur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the outbox</source>
        <translation>
            <numerusform>, %n była już na liście</numerusform>
            <numerusform>, %n były już na liście</numerusform>
            <numerusform>, %n było już na liście</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n file(s) not imported</source>
        <translation>
            <numerusform>, %n pliku nie zaimportowano</numerusform>
            <numerusform>, %n plików nie zaimportowano</numerusform>
            <numerusform>, %n plików nie zaimportowano</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files were not imported</source>
        <translation>Niektórych plików nie zaimportowano</translation>
    </message>
    <message>
        <source>%1. Nothing was stored for the files below; fix them and import them again.

%2</source>
        <translation>%1. Z poniższych plików nic nie zapisano; popraw je i zaimportuj ponownie.

%2</translation>
    </message>
    <message>
        <source>Send invoices</source>
        <translation>Wysyłka faktur</translation>
    </message>
    <message numerus="yes">
        <source>Send %n invoice(s) to KSeF %1 for NIP %2?</source>
        <translation>
            <numerusform>Wysłać %n fakturę do KSeF %1 dla NIP %2?</numerusform>
            <numerusform>Wysłać %n faktury do KSeF %1 dla NIP %2?</numerusform>
            <numerusform>Wysłać %n faktur do KSeF %1 dla NIP %2?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Wyślij</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Nic nie czeka na wysłanie.</translation>
    </message>
    <message numerus="yes">
        <source>Send all %n ready invoice(s) to KSeF %1 for NIP %2?</source>
        <translation>
            <numerusform>Wysłać %n gotową fakturę do KSeF %1 dla NIP %2?</numerusform>
            <numerusform>Wysłać wszystkie %n gotowe faktury do KSeF %1 dla NIP %2?</numerusform>
            <numerusform>Wysłać wszystkie %n gotowych faktur do KSeF %1 dla NIP %2?</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Anulowanie wysyłki</translation>
    </message>
    <message numerus="yes">
        <source>Withdraw %n invoice(s) before they are sent? They stay in the list as cancelled.</source>
        <translation>
            <numerusform>Wycofać %n fakturę przed wysłaniem? Pozostanie na liście jako anulowana.</numerusform>
            <numerusform>Wycofać %n faktury przed wysłaniem? Pozostaną na liście jako anulowane.</numerusform>
            <numerusform>Wycofać %n faktur przed wysłaniem? Pozostaną na liście jako anulowane.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Wycofaj</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n KSeF number(s).</source>
        <translation>
            <numerusform>Skopiowano %n numer KSeF.</numerusform>
            <numerusform>Skopiowano %n numery KSeF.</numerusform>
            <numerusform>Skopiowano %n numerów KSeF.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export UPO</source>
        <translation>Eksport UPO</translation>
    </message>
    <message>
        <source>XML (*.xml)</source>
        <translation>XML (*.xml)</translation>
    </message>
    <message>
        <source>Export invoice XML</source>
        <translation>Eksport XML faktury</translation>
    </message>
    <message>
        <source>Starting the local KSeF emulator…</source>
        <translation>Uruchamianie lokalnego emulatora KSeF…</translation>
    </message>
    <message>
        <source>The sandbox cannot start</source>
        <translation>Nie można uruchomić piaskownicy</translation>
    </message>
    <message numerus="yes">
        <source>Sandbox ready: %n demo invoice(s) are ready to send. Select them and press Send, or use Send all ready.</source>
        <translation>
            <numerusform>Piaskownica gotowa: %n przykładowa faktura czeka na wysłanie. Zaznacz ją i naciśnij Wyślij albo użyj Wyślij wszystkie gotowe.</numerusform>
            <numerusform>Piaskownica gotowa: %n przykładowe faktury czekają na wysłanie. Zaznacz je i naciśnij Wyślij albo użyj Wyślij wszystkie gotowe.</numerusform>
            <numerusform>Piaskownica gotowa: %n przykładowych faktur czeka na wysłanie. Zaznacz je i naciśnij Wyślij albo użyj Wyślij wszystkie gotowe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sandbox ready.</source>
        <translation>Piaskownica gotowa.</translation>
    </message>
    <message>
        <source>Quit Kurier?</source>
        <translation>Zakończyć program Kurier?</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) are still on their way to KSeF. Nothing will be lost: every step is stored, and Kurier finishes them the next time it starts (and checks what KSeF already has, so nothing is sent twice).</source>
        <translation>
            <numerusform>%n faktura jest jeszcze w drodze do KSeF. Nic nie zginie: każdy krok jest zapisany, a Kurier dokończy wysyłkę przy następnym uruchomieniu (i sprawdzi, co KSeF już ma, więc nic nie zostanie wysłane dwa razy).</numerusform>
            <numerusform>%n faktury są jeszcze w drodze do KSeF. Nic nie zginie: każdy krok jest zapisany, a Kurier dokończy wysyłkę przy następnym uruchomieniu (i sprawdzi, co KSeF już ma, więc nic nie zostanie wysłane dwa razy).</numerusform>
            <numerusform>%n faktur jest jeszcze w drodze do KSeF. Nic nie zginie: każdy krok jest zapisany, a Kurier dokończy wysyłkę przy następnym uruchomieniu (i sprawdzi, co KSeF już ma, więc nic nie zostanie wysłane dwa razy).</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was not saved</source>
        <translation>Nie zapisano pliku</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Eksportuj &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Print invoice…</source>
        <translation>&amp;Drukuj fakturę…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Przegląd</translation>
    </message>
    <message>
        <source>Reconciliation with KSeF finished: %1</source>
        <translation>Uzgodnienie z KSeF zakończone: %1</translation>
    </message>
    <message>
        <source>&amp;Overview and reconciliation</source>
        <translation>P&amp;rzegląd i uzgodnienia</translation>
    </message>
    <message>
        <source>Purchase invoices</source>
        <translation>Faktury zakupowe</translation>
    </message>
    <message numerus="yes">
        <source>Purchase invoices (%n new)</source>
        <translation>
            <numerusform>Faktury zakupowe (%n nowa)</numerusform>
            <numerusform>Faktury zakupowe (%n nowe)</numerusform>
            <numerusform>Faktury zakupowe (%n nowych)</numerusform>
        </translation>
    </message>
    <message>
        <source>New purchase invoices</source>
        <translation>Nowe faktury zakupowe</translation>
    </message>
    <message numerus="yes">
        <source>%n new purchase invoice(s) from KSeF.</source>
        <translation>
            <numerusform>%n nowa faktura zakupowa z KSeF.</numerusform>
            <numerusform>%n nowe faktury zakupowe z KSeF.</numerusform>
            <numerusform>%n nowych faktur zakupowych z KSeF.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Purchase invoices</source>
        <translation>&amp;Faktury zakupowe</translation>
    </message>
    <message>
        <source>&amp;About Kurier</source>
        <translation>&amp;O programie Kurier</translation>
    </message>
    <message>
        <source>Kurier %1

KSeF 2.0 e-invoicing: every invoice with its KSeF number and official receipt (UPO), nothing lost, nothing sent twice.

Environment: %2
Company: %3
Data: %4

Built with Qt %5, OpenSSL, libxml2, xmlsec, libzip, libqrencode and QtKeychain. The official KSeF schemas © Ministerstwo Finansów (MIT licence).</source>
        <translation>Kurier %1

E-faktury KSeF 2.0: każda faktura z numerem KSeF i urzędowym poświadczeniem odbioru (UPO), nic nie ginie, nic nie jest wysyłane dwa razy.

Środowisko: %2
Firma: %3
Dane: %4

Zbudowano z Qt %5, OpenSSL, libxml2, xmlsec, libzip, libqrencode i QtKeychain. Oficjalne schematy KSeF © Ministerstwo Finansów (licencja MIT).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>About Kurier</source>
        <translation>O programie Kurier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Pomoc</translation>
    </message>
    <message>
        <source>KSeF &amp;certificates…</source>
        <translation>&amp;Certyfikaty KSeF…</translation>
    </message>
    <message>
        <source>C&amp;ertificates</source>
        <translation>C&amp;ertyfikaty</translation>
    </message>
    <message>
        <source>Import issued o&amp;ffline…</source>
        <translation>Importuj wystawione o&amp;ffline…</translation>
    </message>
    <message>
        <source>Import invoices issued outside KSeF (offline24): their printouts carry KOD II, and Kurier sends them by their deadline</source>
        <translation>Importuj faktury wystawione poza KSeF (offline24): ich wydruki mają KOD II, a Kurier wyśle je w terminie</translation>
    </message>
    <message>
        <source>&amp;Technical correction…</source>
        <translation>&amp;Korekta techniczna…</translation>
    </message>
    <message>
        <source>Send the fixed XML of an offline invoice KSeF rejected for a technical reason</source>
        <translation>Wyślij poprawiony XML faktury offline odrzuconej przez KSeF z przyczyn technicznych</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) imported as issued offline (%1).</source>
        <translation>
            <numerusform>Zaimportowano %n fakturę jako wystawioną offline (%1).</numerusform>
            <numerusform>Zaimportowano %n faktury jako wystawione offline (%1).</numerusform>
            <numerusform>Zaimportowano %n faktur jako wystawionych offline (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not issued offline</source>
        <translation>Nie wystawiono offline</translation>
    </message>
    <message>
        <source>These invoices were imported as ready to send, not as offline:</source>
        <translation>Te faktury zaimportowano jako gotowe do wysłania, nie jako offline:</translation>
    </message>
    <message>
        <source>Import invoices issued offline</source>
        <translation>Importuj faktury wystawione offline</translation>
    </message>
    <message>
        <source>KSeF cannot take invoices now</source>
        <translation>KSeF nie przyjmuje teraz faktur</translation>
    </message>
    <message numerus="yes">
        <source>%1

Import these %n invoice(s) as issued offline (%2)? Their printouts carry KOD II, and Kurier sends them to KSeF as soon as KSeF answers. Or import them as usual: they wait in the queue until KSeF is back.</source>
        <translation>
            <numerusform>%1

Zaimportować tę %n fakturę jako wystawioną offline (%2)? Jej wydruk będzie miał KOD II, a Kurier wyśle ją do KSeF, gdy tylko KSeF odpowie. Albo zaimportuj ją zwykle: poczeka w kolejce, aż KSeF wróci.</numerusform>
            <numerusform>%1

Zaimportować te %n faktury jako wystawione offline (%2)? Ich wydruki będą miały KOD II, a Kurier wyśle je do KSeF, gdy tylko KSeF odpowie. Albo zaimportuj je zwykle: poczekają w kolejce, aż KSeF wróci.</numerusform>
            <numerusform>%1

Zaimportować tych %n faktur jako wystawione offline (%2)? Ich wydruki będą miały KOD II, a Kurier wyśle je do KSeF, gdy tylko KSeF odpowie. Albo zaimportuj je zwykle: poczekają w kolejce, aż KSeF wróci.</numerusform>
        </translation>
    </message>
    <message>
        <source>KSeF does not answer.</source>
        <translation>KSeF nie odpowiada.</translation>
    </message>
    <message>
        <source>Import as &amp;offline</source>
        <translation>Importuj jako &amp;offline</translation>
    </message>
    <message>
        <source>Import and &amp;wait for KSeF</source>
        <translation>Importuj i &amp;czekaj na KSeF</translation>
    </message>
    <message>
        <source>The invoices cannot be issued offline</source>
        <translation>Nie można wystawić tych faktur offline</translation>
    </message>
    <message>
        <source>The fixed invoice (same number) for the technical correction</source>
        <translation>Poprawiona faktura (ten sam numer) do korekty technicznej</translation>
    </message>
    <message>
        <source>The technical correction cannot be sent</source>
        <translation>Nie można wysłać korekty technicznej</translation>
    </message>
    <message>
        <source>The technical correction is on its way to KSeF.</source>
        <translation>Korekta techniczna jest w drodze do KSeF.</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Klienci</translation>
    </message>
    <message>
        <source>This company logs in to KSeF with a KSeF token, which is only assured until %1, and offline invoices need a KSeF Offline certificate. &lt;a href=&apos;#&apos;&gt;Move to KSeF certificates…&lt;/a&gt;</source>
        <translation>Ta firma loguje się do KSeF tokenem KSeF, który jest zapewniony tylko do %1, a faktury offline wymagają certyfikatu KSeF offline. &lt;a href=&apos;#&apos;&gt;Przejdź na certyfikaty KSeF…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Issued offline: please read</source>
        <translation>Wystawione offline: przeczytaj</translation>
    </message>
    <message>
        <source>&amp;Permissions</source>
        <translation>&amp;Uprawnienia</translation>
    </message>
    <message>
        <source>The office&apos;s clients in place of this company&apos;s invoices (again: back)</source>
        <translation>Klienci biura zamiast faktur tej firmy (ponownie: powrót)</translation>
    </message>
</context>
<context>
    <name>Kurier::OfficeServerPage</name>
    <message>
        <source>Keep this company on the office ser&amp;ver (several desktops share it)</source>
        <translation>&amp;Trzymaj tę firmę na serwerze biura (współdzieli ją kilka stanowisk)</translation>
    </message>
    <message>
        <source>e.g. biuro-serwer.local</source>
        <translation>np. biuro-serwer.local</translation>
    </message>
    <message>
        <source>one database per company, e.g. kurier_5265877635</source>
        <translation>jedna baza na firmę, np. kurier_5265877635</translation>
    </message>
    <message>
        <source>Required, certificate verified (verify-full)</source>
        <translation>Wymagane, certyfikat sprawdzany (verify-full)</translation>
    </message>
    <message>
        <source>Required (require)</source>
        <translation>Wymagane (require)</translation>
    </message>
    <message>
        <source>When the server offers it (prefer)</source>
        <translation>Gdy serwer je oferuje (prefer)</translation>
    </message>
    <message>
        <source>Off — only inside a trusted network (disable)</source>
        <translation>Wyłączone — tylko w zaufanej sieci (disable)</translation>
    </message>
    <message>
        <source>leave empty to keep the stored one</source>
        <translation>zostaw puste, aby zachować zapisane</translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation>&amp;Sprawdź połączenie</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Baza danych:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Użytkownik:</translation>
    </message>
    <message>
        <source>T&amp;LS:</source>
        <translation>T&amp;LS:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Has&amp;ło:</translation>
    </message>
    <message>
        <source>The password is kept in the system keychain only. Who may send and who may only view is the server&apos;s roles kurier_sender and kurier_viewer (kurier-cli server grant).</source>
        <translation>Hasło jest przechowywane wyłącznie w pęku kluczy systemu. Kto może wysyłać, a kto tylko przeglądać, decydują role serwera kurier_sender i kurier_viewer (kurier-cli server grant).</translation>
    </message>
    <message>
        <source>The office server needs a host, a database and a user.</source>
        <translation>Serwer biura wymaga hosta, bazy danych i użytkownika.</translation>
    </message>
    <message>
        <source>%1 is not a valid office server address.</source>
        <translation>%1 nie jest poprawnym adresem serwera biura.</translation>
    </message>
    <message>
        <source>The company is kept in a file on this machine.</source>
        <translation>Firma jest przechowywana w pliku na tym komputerze.</translation>
    </message>
    <message>
        <source>Connected: schema %1; %2 %3.</source>
        <translation>Połączono: schemat %1; %2 %3.</translation>
    </message>
    <message>
        <source>may send</source>
        <translation>może wysyłać</translation>
    </message>
    <message>
        <source>may only view</source>
        <translation>może tylko przeglądać</translation>
    </message>
</context>
<context>
    <name>Kurier::OutboxEngine</name>
    <message>
        <source>Sending to KSeF is paused: %1</source>
        <translation>Wysyłka do KSeF wstrzymana: %1</translation>
    </message>
    <message>
        <source>Invoice %1 was refused: %2</source>
        <translation>Faktura %1 została odrzucona: %2</translation>
    </message>
    <message>
        <source>The UPO for invoice %1 does not confirm it: %2</source>
        <translation>UPO faktury %1 jej nie potwierdza: %2</translation>
    </message>
    <message>
        <source>Invoice %1 has KSeF number %2 but no UPO yet.</source>
        <translation>Faktura %1 ma numer KSeF %2, ale jeszcze nie ma UPO.</translation>
    </message>
    <message>
        <source>Invoice %1 has been waiting for KSeF since %2.</source>
        <translation>Faktura %1 czeka na KSeF od %2.</translation>
    </message>
    <message numerus="yes">
        <source>KSeF answered &quot;too many requests&quot; %n time(s) in ten minutes; another program may be using the same KSeF context.</source>
        <translation>
            <numerusform>KSeF odpowiedział „zbyt wiele żądań” %n raz w ciągu dziesięciu minut; inny program może używać tego samego kontekstu KSeF.</numerusform>
            <numerusform>KSeF odpowiedział „zbyt wiele żądań” %n razy w ciągu dziesięciu minut; inny program może używać tego samego kontekstu KSeF.</numerusform>
            <numerusform>KSeF odpowiedział „zbyt wiele żądań” %n razy w ciągu dziesięciu minut; inny program może używać tego samego kontekstu KSeF.</numerusform>
        </translation>
    </message>
    <message>
        <source>The stored invoice is damaged (its bytes no longer match the imported file); import it again.</source>
        <translation>Zapisana faktura jest uszkodzona (jej bajty nie zgadzają się z importowanym plikiem); zaimportuj ją ponownie.</translation>
    </message>
    <message>
        <source>Invoice %1 is damaged in Kurier&apos;s database and was not sent.</source>
        <translation>Faktura %1 jest uszkodzona w bazie Kuriera i nie została wysłana.</translation>
    </message>
    <message>
        <source>The KSeF certificate expires on %1: renew it before sending stops.</source>
        <translation>Certyfikat KSeF wygasa %1: odnów go, zanim wysyłka się zatrzyma.</translation>
    </message>
    <message>
        <source>Offline invoice %1 is overdue (%2): it goes to KSeF as soon as KSeF answers.</source>
        <translation>Faktura offline %1 jest po terminie (%2): trafi do KSeF, gdy tylko KSeF odpowie.</translation>
    </message>
    <message>
        <source>Offline invoice %1 must reach KSeF soon (%2).</source>
        <translation>Faktura offline %1 musi wkrótce trafić do KSeF (%2).</translation>
    </message>
    <message>
        <source>The office server cannot be reached</source>
        <translation>Nie można połączyć się z serwerem biura</translation>
    </message>
    <message>
        <source>the company&apos;s own credentials</source>
        <translation>własne poświadczenia firmy</translation>
    </message>
    <message>
        <source>KSeF no longer lets %1 act for NIP %2 (since %3): %4 Nothing failed: the invoices wait in the queue and go by themselves once the company grants the permission again.</source>
        <translation>KSeF nie pozwala już %1 działać za NIP %2 (od %3): %4 Nic nie przepadło: faktury czekają w kolejce i pójdą same, gdy firma ponownie nada uprawnienie.</translation>
    </message>
</context>
<context>
    <name>Kurier::OutboxFilterBar</name>
    <message>
        <source>All invoices</source>
        <translation>Wszystkie faktury</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Wymaga uwagi</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>W drodze</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>Gotowa do wysłania</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <source>&amp;Issued from</source>
        <translation>&amp;Wystawione od</translation>
    </message>
    <message>
        <source>Issued from</source>
        <translation>Wystawione od</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Wystawione do</translation>
    </message>
    <message>
        <source>Buyer (NIP or name)</source>
        <translation>Nabywca (NIP lub nazwa)</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Nabywca</translation>
    </message>
    <message>
        <source>Search number, buyer, KSeF number, error… (Ctrl+F)</source>
        <translation>Szukaj numeru, nabywcy, numeru KSeF, błędu… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Pokaż:</translation>
    </message>
    <message>
        <source>Issued offline</source>
        <translation>Wystawione offline</translation>
    </message>
</context>
<context>
    <name>Kurier::OutboxModel</name>
    <message>
        <source>Trace id: %1</source>
        <translation>Identyfikator śledzenia: %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Nabywca</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Wystawiona</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>KSeF number</source>
        <translation>Numer KSeF</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Ostatnie zdarzenie</translation>
    </message>
</context>
<context>
    <name>Kurier::OutboxWorker</name>
    <message>
        <source>Starting…</source>
        <translation>Uruchamianie…</translation>
    </message>
    <message>
        <source>Connected, nothing to send</source>
        <translation>Połączono, nic do wysłania</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wysyłanie</translation>
    </message>
    <message>
        <source>Sending paused</source>
        <translation>Wysyłka wstrzymana</translation>
    </message>
    <message>
        <source>KSeF unreachable, retrying</source>
        <translation>KSeF niedostępny, ponawianie</translation>
    </message>
    <message>
        <source>Sending stopped</source>
        <translation>Wysyłka zatrzymana</translation>
    </message>
    <message>
        <source>No credentials</source>
        <translation>Brak danych uwierzytelniających</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) on the way to KSeF.</source>
        <translation>
            <numerusform>%n faktura w drodze do KSeF.</numerusform>
            <numerusform>%n faktury w drodze do KSeF.</numerusform>
            <numerusform>%n faktur w drodze do KSeF.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was cancelled: %1</source>
        <translation>Niczego nie anulowano: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) cancelled.</source>
        <translation>
            <numerusform>Anulowano %n fakturę.</numerusform>
            <numerusform>Anulowano %n faktury.</numerusform>
            <numerusform>Anulowano %n faktur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconciliation needs the KSeF credentials.</source>
        <translation>Uzgodnienie wymaga poświadczeń KSeF.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n ustalenie</numerusform>
            <numerusform>%n ustalenia</numerusform>
            <numerusform>%n ustaleń</numerusform>
        </translation>
    </message>
    <message>
        <source>Kurier is talking to KSeF; reconcile again in a moment.</source>
        <translation>Kurier właśnie rozmawia z KSeF; uzgodnij ponownie za chwilę.</translation>
    </message>
    <message>
        <source>Kurier is talking to KSeF; adopt again in a moment.</source>
        <translation>Kurier właśnie rozmawia z KSeF; przejmij ponownie za chwilę.</translation>
    </message>
    <message>
        <source>Adopting needs the KSeF credentials.</source>
        <translation>Przejęcie wymaga poświadczeń KSeF.</translation>
    </message>
    <message>
        <source>Adopted from KSeF by a person: %1</source>
        <translation>Przejęte z KSeF przez użytkownika: %1</translation>
    </message>
    <message>
        <source>Purchase invoices need the KSeF credentials.</source>
        <translation>Faktury zakupowe wymagają poświadczeń KSeF.</translation>
    </message>
    <message>
        <source>Kurier is talking to KSeF; synchronise again in a moment.</source>
        <translation>Kurier właśnie rozmawia z KSeF; zsynchronizuj ponownie za chwilę.</translation>
    </message>
    <message>
        <source>The daily backup could not be made: %1</source>
        <translation>Nie udało się wykonać codziennej kopii zapasowej: %1</translation>
    </message>
    <message>
        <source>Nothing was retried: %1</source>
        <translation>Niczego nie ponowiono: %1</translation>
    </message>
    <message>
        <source>Kurier is talking to KSeF; try again in a moment.</source>
        <translation>Kurier rozmawia z KSeF; spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <source>The company&apos;s database is not open.</source>
        <translation>Baza danych firmy nie jest otwarta.</translation>
    </message>
    <message>
        <source>Kurier is closing this company; try again once it is open.</source>
        <translation>Kurier zamyka tę firmę; spróbuj ponownie, gdy będzie otwarta.</translation>
    </message>
    <message>
        <source>Kurier is closing.</source>
        <translation>Kurier się zamyka.</translation>
    </message>
</context>
<context>
    <name>Kurier::PermissionsPage</name>
    <message>
        <source>&amp;Read invoices</source>
        <translation>Odczyt &amp;faktur</translation>
    </message>
    <message>
        <source>&amp;Issue and send invoices</source>
        <translation>&amp;Wystawianie i wysyłanie faktur</translation>
    </message>
    <message>
        <source>Follow o&amp;thers&apos; sessions (Introspection)</source>
        <translation>Śledzenie &amp;cudzych sesji (Introspection)</translation>
    </message>
    <message>
        <source>See permissio&amp;ns</source>
        <translation>&amp;Podgląd uprawnień</translation>
    </message>
    <message>
        <source>Manage permission&amp;s</source>
        <translation>Za&amp;rządzanie uprawnieniami</translation>
    </message>
    <message>
        <source>person, directly</source>
        <translation>osoba, bezpośrednio</translation>
    </message>
    <message>
        <source>office, may pass it on</source>
        <translation>biuro, może przekazać dalej</translation>
    </message>
    <message>
        <source>office</source>
        <translation>biuro</translation>
    </message>
    <message>
        <source>through office %1</source>
        <translation>przez biuro %1</translation>
    </message>
    <message>
        <source>Who may act for NIP %1 in KSeF with their own certificate: employees, your accounting office and the people it passes the rights on to. Nobody needs your token or key.</source>
        <translation>Kto może działać za NIP %1 w KSeF własnym certyfikatem: pracownicy, Twoje biuro rachunkowe i osoby, którym biuro przekaże uprawnienia. Nikt nie potrzebuje Twojego tokenu ani klucza.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identyfikator</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Może</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Jak</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>O&amp;dśwież</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Od&amp;bierz…</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Nadaj</translation>
    </message>
    <message>
        <source>To a &amp;person (employee, bookkeeper)</source>
        <translation>&amp;Osobie (pracownik, księgowa)</translation>
    </message>
    <message>
        <source>To an accounting &amp;office (by its NIP)</source>
        <translation>Biur&amp;u rachunkowemu (po NIP-ie)</translation>
    </message>
    <message>
        <source>PESEL, NIP or certificate fingerprint (SHA-256)</source>
        <translation>PESEL, NIP albo odcisk certyfikatu (SHA-256)</translation>
    </message>
    <message>
        <source>Biuro Rachunkowe …</source>
        <translation>Biuro Rachunkowe …</translation>
    </message>
    <message>
        <source>The office m&amp;ay pass these rights on to its people</source>
        <translation>Biuro może przekazać te uprawnienia swoim &amp;ludziom</translation>
    </message>
    <message>
        <source>&amp;Grant</source>
        <translation>&amp;Nadaj</translation>
    </message>
    <message>
        <source>I&amp;dentifier:</source>
        <translation>&amp;Identyfikator:</translation>
    </message>
    <message>
        <source>First na&amp;me:</source>
        <translation>I&amp;mię:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>Na&amp;zwisko:</translation>
    </message>
    <message>
        <source>Office&apos;s full nam&amp;e:</source>
        <translation>Pełna n&amp;azwa biura:</translation>
    </message>
    <message>
        <source>Rights:</source>
        <translation>Uprawnienia:</translation>
    </message>
    <message>
        <source>KSeF&apos;s list is read when this page is shown.</source>
        <translation>Lista z KSeF zostanie odczytana po otwarciu tej strony.</translation>
    </message>
    <message>
        <source>Reading the permissions from KSeF…</source>
        <translation>Odczytuję uprawnienia z KSeF…</translation>
    </message>
    <message>
        <source>KSeF&apos;s list could not be read: %1</source>
        <translation>Nie udało się odczytać listy z KSeF: %1</translation>
    </message>
    <message>
        <source>Nobody but the company itself acts for it in KSeF.</source>
        <translation>Nikt poza samą firmą nie działa za nią w KSeF.</translation>
    </message>
    <message numerus="yes">
        <source>%n permission(s) held in KSeF.</source>
        <translation>
            <numerusform>%n uprawnienie w KSeF.</numerusform>
            <numerusform>%n uprawnienia w KSeF.</numerusform>
            <numerusform>%n uprawnień w KSeF.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(bez nazwy)</translation>
    </message>
    <message>
        <source>Sent to KSeF; waiting for its decision…</source>
        <translation>Wysłano do KSeF; czekam na jego decyzję…</translation>
    </message>
    <message>
        <source>Choose one permission to revoke.</source>
        <translation>Wybierz jedno uprawnienie do odebrania.</translation>
    </message>
    <message>
        <source>Revoke the permission?</source>
        <translation>Odebrać uprawnienie?</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Odbierz</translation>
    </message>
    <message>
        <source>passed on, every client</source>
        <translation>przekazane dalej, każdy klient</translation>
    </message>
    <message>
        <source>passed on, client %1</source>
        <translation>przekazane dalej, klient %1</translation>
    </message>
    <message>
        <source>empty: in this company · as an office: a client&apos;s NIP, or &quot;all&quot;</source>
        <translation>puste: w tej firmie · jako biuro: NIP klienta albo „wszyscy”</translation>
    </message>
    <message>
        <source>An office passes on to its people the rights its clients gave it with the right to pass them on: name the client, or &quot;all&quot; for every client</source>
        <translation>Biuro przekazuje swoim ludziom uprawnienia, które klienci dali mu z prawem dalszego przekazania: podaj klienta albo „wszyscy” dla każdego klienta</translation>
    </message>
    <message>
        <source>Pass on for clien&amp;t:</source>
        <translation>Przekaż dalej dla &amp;klienta:</translation>
    </message>
    <message>
        <source>all</source>
        <translation>wszyscy</translation>
    </message>
</context>
<context>
    <name>Kurier::PurchaseInbox</name>
    <message>
        <source>Search: number, seller, NIP, KSeF number</source>
        <translation>Szukaj: numer, sprzedawca, NIP, numer KSeF</translation>
    </message>
    <message>
        <source>&amp;Only new</source>
        <translation>&amp;Tylko nowe</translation>
    </message>
    <message>
        <source>&amp;Synchronise now</source>
        <translation>&amp;Synchronizuj teraz</translation>
    </message>
    <message>
        <source>Ask KSeF for purchase invoices now (otherwise every 15 minutes while Kurier runs).</source>
        <translation>Zapytaj KSeF o faktury zakupowe teraz (poza tym co 15 minut, gdy Kurier działa).</translation>
    </message>
    <message>
        <source>Mark all &amp;read</source>
        <translation>Oznacz wszystkie jako &amp;przejrzane</translation>
    </message>
    <message>
        <source>Save &amp;XML…</source>
        <translation>Zapisz &amp;XML…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Zapisz jako &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Zapisz jako PDF</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>Nie udało się zapisać PDF: %1</translation>
    </message>
    <message>
        <source>Asking KSeF for purchase invoices…</source>
        <translation>Pytanie KSeF o faktury zakupowe…</translation>
    </message>
    <message>
        <source>No company is open.</source>
        <translation>Żadna firma nie jest otwarta.</translation>
    </message>
    <message numerus="yes">
        <source>%n new · last synchronised %1</source>
        <translation>
            <numerusform>%n nowa · ostatnia synchronizacja %1</numerusform>
            <numerusform>%n nowe · ostatnia synchronizacja %1</numerusform>
            <numerusform>%n nowych · ostatnia synchronizacja %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synchronised yet: the first synchronisation reads the last 30 days.</source>
        <translation>Jeszcze nie synchronizowano: pierwsza synchronizacja odczyta ostatnie 30 dni.</translation>
    </message>
    <message>
        <source>Save XML</source>
        <translation>Zapisz XML</translation>
    </message>
    <message>
        <source>The invoice is not stored.</source>
        <translation>Faktura nie jest zapisana.</translation>
    </message>
    <message>
        <source>FA(3) invoices (*.xml)</source>
        <translation>Faktury FA(3) (*.xml)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Nie udało się zapisać pliku: %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Kurier::PurchaseModel</name>
    <message>
        <source>New: not looked at yet</source>
        <translation>Nowa: jeszcze nieprzejrzana</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Wystawiona</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Sprzedawca</translation>
    </message>
    <message>
        <source>Seller NIP</source>
        <translation>NIP sprzedawcy</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>KSeF number</source>
        <translation>Numer KSeF</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Kurier::QrLinks</name>
    <message>
        <source>KOD II is signed with the company&apos;s KSeF Offline certificate; %1 is an Authentication certificate, which cannot sign it.</source>
        <translation>KOD II podpisuje się certyfikatem KSeF offline firmy; %1 to certyfikat uwierzytelniający, który nie może go podpisać.</translation>
    </message>
    <message>
        <source>The KSeF Offline certificate %1 is not valid now (valid %2 – %3): get a new one in Settings → Certificates.</source>
        <translation>Certyfikat KSeF offline %1 nie jest teraz ważny (ważny %2 – %3): uzyskaj nowy w Ustawienia → Certyfikaty.</translation>
    </message>
    <message>
        <source>KOD II could not be signed: %1</source>
        <translation>Nie udało się podpisać KOD II: %1</translation>
    </message>
</context>
<context>
    <name>Kurier::SandboxEmulator</name>
    <message>
        <source>The local KSeF emulator (%1) cannot be started: %2</source>
        <translation>Nie można uruchomić lokalnego emulatora KSeF (%1): %2</translation>
    </message>
    <message>
        <source>The local KSeF emulator stopped at once (exit code %1): %2</source>
        <translation>Lokalny emulator KSeF od razu się zatrzymał (kod wyjścia %1): %2</translation>
    </message>
    <message>
        <source>The local KSeF emulator did not start within %1 s.</source>
        <translation>Lokalny emulator KSeF nie uruchomił się w ciągu %1 s.</translation>
    </message>
    <message>
        <source>The local KSeF emulator answered something unexpected at start-up.</source>
        <translation>Lokalny emulator KSeF odpowiedział przy starcie czymś nieoczekiwanym.</translation>
    </message>
    <message>
        <source>The local KSeF emulator is not running.</source>
        <translation>Lokalny emulator KSeF nie działa.</translation>
    </message>
    <message>
        <source>The local KSeF emulator did not add the demo company %1: %2</source>
        <translation>Lokalny emulator KSeF nie dodał firmy demo %1: %2</translation>
    </message>
    <message>
        <source>no token</source>
        <translation>brak tokenu</translation>
    </message>
</context>
<context>
    <name>Kurier::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Firmy</translation>
    </message>
    <message>
        <source>&amp;Add company</source>
        <translation>&amp;Dodaj firmę</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>{n} counter, {nnn} counter with leading zeros, {YYYY} {YY} {MM} {DD} issue date. The counter starts again every month when the pattern has {MM}, every year when it has a year.</source>
        <translation>{n} licznik, {nnn} licznik z zerami wiodącymi, {YYYY} {YY} {MM} {DD} data wystawienia. Licznik zaczyna się od nowa co miesiąc, gdy wzorzec ma {MM}, co rok, gdy ma rok.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <source>&amp;NIP:</source>
        <translation>&amp;NIP:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;zwa:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>Postcode, city:</source>
        <translation>Kod pocztowy, miejscowość:</translation>
    </message>
    <message>
        <source>&amp;Bank account:</source>
        <translation>&amp;Rachunek bankowy:</translation>
    </message>
    <message>
        <source>Bank:</source>
        <translation>Bank:</translation>
    </message>
    <message>
        <source>Numbering &amp;pattern:</source>
        <translation>&amp;Wzorzec numeracji:</translation>
    </message>
    <message>
        <source>Payment &amp;terms:</source>
        <translation>&amp;Termin płatności:</translation>
    </message>
    <message>
        <source>&amp;Companies</source>
        <translation>&amp;Firmy</translation>
    </message>
    <message>
        <source>TEST — for trying, no legal effect</source>
        <translation>TEST — do prób, bez skutków prawnych</translation>
    </message>
    <message>
        <source>DEMO — pre-production, no legal effect</source>
        <translation>DEMO — przedprodukcyjne, bez skutków prawnych</translation>
    </message>
    <message>
        <source>PRODUCTION — legally binding invoices</source>
        <translation>PRODUKCJA — faktury wiążące prawnie</translation>
    </message>
    <message>
        <source>KSeF token</source>
        <translation>Token KSeF</translation>
    </message>
    <message>
        <source>Qualified certificate or seal (.p12)</source>
        <translation>Certyfikat kwalifikowany lub pieczęć (.p12)</translation>
    </message>
    <message>
        <source>leave empty to keep the stored one</source>
        <translation>zostaw puste, aby zachować zapisany</translation>
    </message>
    <message>
        <source>path to a .p12 / .pfx file</source>
        <translation>ścieżka do pliku .p12 / .pfx</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>Ś&amp;rodowisko:</translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation>&amp;Logowanie przez:</translation>
    </message>
    <message>
        <source>KSeF &amp;token:</source>
        <translation>&amp;Token KSeF:</translation>
    </message>
    <message>
        <source>&amp;Certificate file:</source>
        <translation>Plik &amp;certyfikatu:</translation>
    </message>
    <message>
        <source>Certificate &amp;password:</source>
        <translation>&amp;Hasło certyfikatu:</translation>
    </message>
    <message>
        <source>Tokens and private keys are kept in the system keychain only — never in files or logs.</source>
        <translation>Tokeny i klucze prywatne są przechowywane wyłącznie w systemowym pęku kluczy — nigdy w plikach ani w logach.</translation>
    </message>
    <message>
        <source>&amp;KSeF</source>
        <translation>&amp;KSeF</translation>
    </message>
    <message>
        <source>Send invoices to KSeF as soon as they are issued or imported</source>
        <translation>Wysyłaj faktury do KSeF od razu po wystawieniu lub imporcie</translation>
    </message>
    <message>
        <source>More invoices at once than this are sent in one batch session.</source>
        <translation>Więcej faktur naraz jest wysyłanych w jednej sesji wsadowej.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Closing the window keeps sending in the tray</source>
        <translation>Zamknięcie okna pozostawia wysyłkę w zasobniku</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Język systemu</translation>
    </message>
    <message>
        <source>Batch above (invoices):</source>
        <translation>Wysyłka wsadowa powyżej (faktur):</translation>
    </message>
    <message>
        <source>Request timeout:</source>
        <translation>Limit czasu żądania:</translation>
    </message>
    <message>
        <source>Alert when stuck for:</source>
        <translation>Alert, gdy utknie na:</translation>
    </message>
    <message>
        <source>Alert when the UPO is missing for:</source>
        <translation>Alert, gdy brak UPO przez:</translation>
    </message>
    <message>
        <source>&amp;Language (after a restart):</source>
        <translation>&amp;Język (po ponownym uruchomieniu):</translation>
    </message>
    <message>
        <source>Sending and &amp;alerts</source>
        <translation>Wysyłka i &amp;alerty</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Nowa firma</translation>
    </message>
    <message>
        <source>The token was not saved</source>
        <translation>Nie zapisano tokenu</translation>
    </message>
    <message>
        <source>The certificate was not saved</source>
        <translation>Nie zapisano certyfikatu</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>Company “%1”: %2</source>
        <translation>Firma „%1”: %2</translation>
    </message>
    <message>
        <source>NIP %1 is set up twice.</source>
        <translation>NIP %1 skonfigurowano dwukrotnie.</translation>
    </message>
    <message>
        <source>Company %1 needs a name.</source>
        <translation>Firma %1 wymaga nazwy.</translation>
    </message>
    <message>
        <source>Company %1: %2</source>
        <translation>Firma %1: %2</translation>
    </message>
    <message>
        <source>The settings cannot be saved</source>
        <translation>Nie można zapisać ustawień</translation>
    </message>
    <message>
        <source> h before</source>
        <translation> godz. przed</translation>
    </message>
    <message>
        <source>at 8:00 on the due day</source>
        <translation>o 8:00 w dniu terminu</translation>
    </message>
    <message>
        <source>Warn about an offline invoice&apos;s deadline:</source>
        <translation>Ostrzegaj o terminie faktury offline:</translation>
    </message>
    <message>
        <source>&amp;Office server</source>
        <translation>Serwer &amp;biura</translation>
    </message>
    <message>
        <source>The office server&apos;s password was not saved</source>
        <translation>Hasło serwera biura nie zostało zapisane</translation>
    </message>
    <message>
        <source>The last day KSeF tokens are assured: 31 December 2026 by the regulation in force. Change it when the Ministry confirms another date.</source>
        <translation>Ostatni dzień, do którego tokeny KSeF są zapewnione: 31 grudnia 2026 r. według obowiązującego rozporządzenia. Zmień go, gdy Ministerstwo potwierdzi inną datę.</translation>
    </message>
    <message>
        <source>KSeF tokens &amp;work until:</source>
        <translation>Tokeny KSeF &amp;działają do:</translation>
    </message>
</context>
<context>
    <name>Kurier::StateStyle</name>
    <message>
        <source>Ready to send</source>
        <translation>Gotowa do wysłania</translation>
    </message>
    <message>
        <source> — retry at %1</source>
        <translation> — ponowienie o %1</translation>
    </message>
    <message>
        <source> — stuck</source>
        <translation> — utknęła</translation>
    </message>
    <message>
        <source> — UPO missing</source>
        <translation> — brak UPO</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>przed chwilą</translation>
    </message>
    <message>
        <source>%n min ago</source>
        <translation>%n min temu</translation>
    </message>
    <message>
        <source>UPO received %1</source>
        <translation>UPO otrzymane %1</translation>
    </message>
    <message>
        <source>KSeF number given %1, waiting for the UPO</source>
        <translation>numer KSeF nadany %1, oczekiwanie na UPO</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>wysłana %1</translation>
    </message>
    <message>
        <source>queued %1</source>
        <translation>w kolejce od %1</translation>
    </message>
    <message>
        <source>imported %1, waiting for you to send it</source>
        <translation>zaimportowana %1, czeka na Twoją decyzję o wysyłce</translation>
    </message>
    <message>
        <source>rejected %1</source>
        <translation>odrzucona %1</translation>
    </message>
    <message>
        <source>cancelled %1</source>
        <translation>anulowana %1</translation>
    </message>
    <message>
        <source> · offline, %1</source>
        <translation> · offline, %1</translation>
    </message>
    <message>
        <source> · offline</source>
        <translation> · offline</translation>
    </message>
</context>
<context>
    <name>Kurier::StatusPanel</name>
    <message>
        <source>Invoices are sent to the real KSeF: they are legally binding.</source>
        <translation>Faktury trafiają do prawdziwego KSeF: są wiążące prawnie.</translation>
    </message>
    <message>
        <source>Invoices sent here have no legal effect.</source>
        <translation>Faktury wysłane tutaj nie mają skutków prawnych.</translation>
    </message>
    <message>
        <source>No company</source>
        <translation>Brak firmy</translation>
    </message>
    <message>
        <source>No invoices yet</source>
        <translation>Brak faktur</translation>
    </message>
    <message>
        <source>Send budget: %1/%2 per min</source>
        <translation>Limit wysyłki: %1/%2 na minutę</translation>
    </message>
    <message>
        <source>Invoice-sending requests KSeF still allows this minute (shared by every Kurier process of this company).</source>
        <translation>Żądania wysyłki faktur, na które KSeF jeszcze pozwala w tej minucie (wspólne dla wszystkich procesów programu Kurier tej firmy).</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>Nic do wysłania</translation>
    </message>
</context>
<context>
    <name>Kurier::TrayNotifier</name>
    <message>
        <source>KSeF rejected an invoice</source>
        <translation>KSeF odrzucił fakturę</translation>
    </message>
    <message>
        <source>An invoice is stuck</source>
        <translation>Faktura utknęła</translation>
    </message>
    <message>
        <source>A UPO is missing</source>
        <translation>Brakuje UPO</translation>
    </message>
    <message>
        <source>Sending stopped</source>
        <translation>Wysyłka zatrzymana</translation>
    </message>
    <message>
        <source>KSeF is limiting requests</source>
        <translation>KSeF ogranicza liczbę żądań</translation>
    </message>
    <message>
        <source>KSeF credentials need attention</source>
        <translation>Dane uwierzytelniające KSeF wymagają uwagi</translation>
    </message>
    <message>
        <source>Kurier</source>
        <translation>Kurier</translation>
    </message>
    <message>
        <source>&amp;Open Kurier</source>
        <translation>&amp;Otwórz program Kurier</translation>
    </message>
    <message>
        <source>&amp;Send all ready</source>
        <translation>&amp;Wyślij wszystkie gotowe</translation>
    </message>
    <message>
        <source>&amp;Pause sending</source>
        <translation>&amp;Wstrzymaj wysyłkę</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>&amp;Resume sending</source>
        <translation>&amp;Wznów wysyłkę</translation>
    </message>
    <message numerus="yes">
        <source>Kurier — %n invoice(s) need attention</source>
        <translation>
            <numerusform>Kurier — %n faktura wymaga uwagi</numerusform>
            <numerusform>Kurier — %n faktury wymagają uwagi</numerusform>
            <numerusform>Kurier — %n faktur wymaga uwagi</numerusform>
        </translation>
    </message>
    <message>
        <source>Kurier — all is well</source>
        <translation>Kurier — wszystko w porządku</translation>
    </message>
</context>
<context>
    <name>Latarnia</name>
    <message>
        <source>KSeF available</source>
        <translation>KSeF dostępny</translation>
    </message>
    <message>
        <source>KSeF maintenance announced</source>
        <translation>Ogłoszono prace serwisowe KSeF</translation>
    </message>
    <message>
        <source>KSeF failure announced</source>
        <translation>Ogłoszono awarię KSeF</translation>
    </message>
    <message>
        <source>KSeF total failure announced</source>
        <translation>Ogłoszono awarię całkowitą KSeF</translation>
    </message>
    <message>
        <source>Latarnia unreachable</source>
        <translation>Latarnia nieosiągalna</translation>
    </message>
    <message>
        <source>Latarnia answered something Kurier does not understand.</source>
        <translation>Latarnia odpowiedziała w sposób niezrozumiały dla Kuriera.</translation>
    </message>
</context>
<context>
    <name>Nip</name>
    <message>
        <source>The NIP is empty.</source>
        <translation>NIP jest pusty.</translation>
    </message>
    <message>
        <source>A NIP has exactly 10 digits.</source>
        <translation>NIP ma dokładnie 10 cyfr.</translation>
    </message>
    <message>
        <source>A NIP may contain only digits (dashes and spaces are ignored).</source>
        <translation>NIP może zawierać tylko cyfry (myślniki i spacje są pomijane).</translation>
    </message>
    <message>
        <source>This is not a NIP: it cannot start with 0 and its second and third digits cannot both be 0.</source>
        <translation>To nie jest NIP: nie może zaczynać się od 0, a jego druga i trzecia cyfra nie mogą być jednocześnie zerami.</translation>
    </message>
    <message>
        <source>The NIP&apos;s check digit does not match: one of the digits is probably mistyped.</source>
        <translation>Cyfra kontrolna NIP się nie zgadza: jedna z cyfr jest prawdopodobnie źle wpisana.</translation>
    </message>
</context>
<context>
    <name>OfficeAccess</name>
    <message>
        <source>The identity&apos;s certificate names no NIP: an office is found in KSeF by the NIP of its seal or certificate.</source>
        <translation>Certyfikat tożsamości nie zawiera NIP-u: biuro jest rozpoznawane w KSeF po NIP-ie jego pieczęci albo certyfikatu.</translation>
    </message>
</context>
<context>
    <name>OfficeServer</name>
    <message>
        <source>Roles exist only on an office server.</source>
        <translation>Role istnieją tylko na serwerze biura.</translation>
    </message>
    <message>
        <source>The role %1 cannot be created: %2</source>
        <translation>Nie można utworzyć roli %1: %2</translation>
    </message>
    <message>
        <source>The office roles cannot be given their rights: %1</source>
        <translation>Nie można nadać uprawnień rolom biura: %1</translation>
    </message>
    <message>
        <source>%1 is not a user name Kurier can grant a role to (lower-case letters, digits and _).</source>
        <translation>%1 nie jest nazwą użytkownika, której Kurier może nadać rolę (małe litery, cyfry i _).</translation>
    </message>
    <message>
        <source>The role could not be granted to %1: %2</source>
        <translation>Nie udało się nadać roli użytkownikowi %1: %2</translation>
    </message>
    <message>
        <source>A company can be moved only to an office server.</source>
        <translation>Firmę można przenieść tylko na serwer biura.</translation>
    </message>
    <message>
        <source>%1 is not a database file.</source>
        <translation>%1 nie jest plikiem bazy danych.</translation>
    </message>
    <message>
        <source>The audit log of %1 is broken at entry %2 (%3); it was not moved. Restore the file from a backup first.</source>
        <translation>Dziennik audytu %1 jest uszkodzony we wpisie %2 (%3); nie przeniesiono go. Najpierw przywróć plik z kopii zapasowej.</translation>
    </message>
    <message>
        <source>The office server cannot be written: %1</source>
        <translation>Nie można zapisać na serwerze biura: %1</translation>
    </message>
    <message>
        <source>The office server cannot be read: %1</source>
        <translation>Nie można odczytać serwera biura: %1</translation>
    </message>
    <message>
        <source>The database %1 on the office server already holds a company (%2 rows in %3); nothing was moved. Move into a new, empty database.</source>
        <translation>Baza %1 na serwerze biura zawiera już firmę (%2 wierszy w %3); niczego nie przeniesiono. Przenieś do nowej, pustej bazy.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>Row %1 of %2 cannot be written: %3</source>
        <translation>Nie można zapisać wiersza %1 tabeli %2: %3</translation>
    </message>
    <message>
        <source>The audit log did not arrive intact on the office server (%1); nothing was moved.</source>
        <translation>Dziennik audytu nie dotarł nienaruszony na serwer biura (%1); niczego nie przeniesiono.</translation>
    </message>
</context>
<context>
    <name>OfflineIssuer</name>
    <message>
        <source>Invoice %1 is not in the outbox.</source>
        <translation>Faktury %1 nie ma w kolejce.</translation>
    </message>
</context>
<context>
    <name>OfflineIssuing</name>
    <message>
        <source>%1 An invoice issued offline needs KOD II, signed with the company&apos;s KSeF Offline certificate: get one in Settings → Certificates (Get a new one) or with `kurier-cli certificates enrol --type offline`.</source>
        <translation>%1 Faktura wystawiona offline potrzebuje KODU II, podpisanego certyfikatem KSeF typu Offline firmy: uzyskaj go w Ustawienia → Certyfikaty (Uzyskaj nowy) albo poleceniem `kurier-cli certificates enrol --type offline`.</translation>
    </message>
    <message>
        <source>The company has no KSeF Offline certificate.</source>
        <translation>Firma nie ma certyfikatu KSeF typu Offline.</translation>
    </message>
    <message>
        <source>The KSeF Offline certificate %1 was revoked.</source>
        <translation>Certyfikat KSeF typu Offline %1 został unieważniony.</translation>
    </message>
    <message>
        <source>offline24 (the issuer&apos;s choice)</source>
        <translation>offline24 (z wyboru wystawcy)</translation>
    </message>
    <message>
        <source>offline: KSeF unavailable (announced)</source>
        <translation>offline: niedostępność KSeF (ogłoszona)</translation>
    </message>
    <message>
        <source>offline: KSeF failure</source>
        <translation>offline: awaria KSeF</translation>
    </message>
    <message>
        <source>offline: KSeF total failure</source>
        <translation>offline: awaria całkowita KSeF</translation>
    </message>
    <message>
        <source>no deadline (total failure: it need not be sent)</source>
        <translation>bez terminu (awaria całkowita: nie trzeba jej wysyłać)</translation>
    </message>
    <message>
        <source>due once KSeF is back (the deadline counts from the end of the announced window)</source>
        <translation>termin po powrocie KSeF (liczony od końca ogłoszonego okresu)</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>termin %1</translation>
    </message>
    <message numerus="yes">
        <source>Its deadline, %1, passed %n day(s) ago: send it at once. KSeF accepts a late offline invoice; being late is a matter between the issuer and the tax office.</source>
        <translation>
            <numerusform>Jej termin, %1, minął %n dzień temu: wyślij ją natychmiast. KSeF przyjmuje spóźnioną fakturę offline; spóźnienie to sprawa między wystawcą a urzędem skarbowym.</numerusform>
            <numerusform>Jej termin, %1, minął %n dni temu: wyślij ją natychmiast. KSeF przyjmuje spóźnioną fakturę offline; spóźnienie to sprawa między wystawcą a urzędem skarbowym.</numerusform>
            <numerusform>Jej termin, %1, minął %n dni temu: wyślij ją natychmiast. KSeF przyjmuje spóźnioną fakturę offline; spóźnienie to sprawa między wystawcą a urzędem skarbowym.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its deadline, %1, has passed: send it at once.</source>
        <translation>Jej termin, %1, minął: wyślij ją natychmiast.</translation>
    </message>
    <message>
        <source>The invoice is dated %1, but the Offline certificate %2 that signs its KOD II is valid from %3 to %4: the code is made now, so a copy handed to the buyer before cannot have carried it — give the buyer this printout.</source>
        <translation>Faktura ma datę %1, a certyfikat Offline %2, którym podpisano jej KOD II, jest ważny od %3 do %4: kod powstaje teraz, więc kopia przekazana wcześniej nabywcy nie mogła go mieć — przekaż nabywcy ten wydruk.</translation>
    </message>
</context>
<context>
    <name>OutboxCli</name>
    <message>
        <source>Kurier&apos;s database (default: %1).</source>
        <translation>Baza danych Kuriera (domyślnie: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ścieżka</translation>
    </message>
    <message>
        <source>KSeF environment: test, demo or production (default: test).</source>
        <translation>Środowisko KSeF: test, demo lub production (domyślnie: test).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nazwa</translation>
    </message>
    <message>
        <source>A KSeF API at this address instead (e.g. the emulator&apos;s baseUrl).</source>
        <translation>Zamiast tego API KSeF pod tym adresem (np. baseUrl emulatora).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>The context NIP invoices are sent in.</source>
        <translation>NIP kontekstu, w którym wysyłane są faktury.</translation>
    </message>
    <message>
        <source>nip</source>
        <translation>nip</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Wypisz wynik jako JSON.</translation>
    </message>
    <message>
        <source>Give up on a KSeF request after this many milliseconds (default 30000).</source>
        <translation>Przerwij żądanie do KSeF po tylu milisekundach (domyślnie 30000).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Unknown KSeF environment &quot;%1&quot;: use test, demo, production or --base-url URL.</source>
        <translation>Nieznane środowisko KSeF „%1”: użyj test, demo, production albo --base-url URL.</translation>
    </message>
    <message>
        <source>Name the context NIP with --nip.</source>
        <translation>Podaj NIP kontekstu opcją --nip.</translation>
    </message>
    <message>
        <source>(Store them with `kurier-cli credentials set-token`, or set KURIER_KSEF_TOKEN.)</source>
        <translation>(Zapisz je poleceniem `kurier-cli credentials set-token` albo ustaw KURIER_KSEF_TOKEN.)</translation>
    </message>
    <message>
        <source>Send online while at most this many invoices wait (and the online budget allows); more go in batch sessions (default 20).</source>
        <translation>Wysyłaj w sesji interaktywnej, dopóki czeka najwyżej tyle faktur (i pozwala na to budżet); więcej idzie w sesjach wsadowych (domyślnie 20).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>This company logs in with a KSeF token; tokens are only assured until %1. Get a KSeF certificate: kurier-cli certificates enrol.</source>
        <translation>Ta firma loguje się tokenem KSeF; tokeny są zapewnione tylko do %1. Uzyskaj certyfikat KSeF: kurier-cli certificates enrol.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>Password of the PKCS#12 file (read from standard input):</source>
        <translation>Hasło pliku PKCS#12 (czytane ze standardowego wejścia):</translation>
    </message>
</context>
<context>
    <name>OutboxQuery</name>
    <message>
        <source>The outbox cannot be read: %1</source>
        <translation>Nie można odczytać listy wysyłki: %1</translation>
    </message>
</context>
<context>
    <name>OutboxStore</name>
    <message>
        <source>Invoice %1 of seller %2 is already in the queue (%3) with different content. KSeF takes one invoice per number: give the new one its own number, or cancel the queued one first.</source>
        <translation>Faktura %1 sprzedawcy %2 jest już w kolejce (%3) z inną treścią. KSeF przyjmuje jedną fakturę o danym numerze: nadaj nowej własny numer albo najpierw anuluj tę w kolejce.</translation>
    </message>
    <message>
        <source>Queue item %1 does not exist.</source>
        <translation>Pozycja kolejki %1 nie istnieje.</translation>
    </message>
    <message>
        <source>Invoice %1 cannot go from %2 to %3.</source>
        <translation>Faktura %1 nie może przejść ze stanu %2 do %3.</translation>
    </message>
    <message>
        <source>Invoice %1 is no longer %2 (now %3): another Kurier took it.</source>
        <translation>Faktura %1 nie jest już w stanie %2 (teraz %3): przejął ją inny Kurier.</translation>
    </message>
    <message>
        <source>The queue cannot be written</source>
        <translation>Nie można zapisać kolejki</translation>
    </message>
    <message>
        <source>The queue cannot be read</source>
        <translation>Nie można odczytać kolejki</translation>
    </message>
    <message>
        <source>The audit log cannot be written</source>
        <translation>Nie można zapisać dziennika zdarzeń</translation>
    </message>
    <message>
        <source>The list of KSeF sessions cannot be written</source>
        <translation>Nie można zapisać listy sesji KSeF</translation>
    </message>
    <message>
        <source>The list of KSeF sessions cannot be read</source>
        <translation>Nie można odczytać listy sesji KSeF</translation>
    </message>
    <message>
        <source>Invoice %1 has already gone to KSeF (%2): how it was issued cannot change any more.</source>
        <translation>Faktura %1 została już wysłana do KSeF (%2): trybu jej wystawienia nie można już zmienić.</translation>
    </message>
    <message>
        <source>Invoice %1 was accepted by KSeF (%2): a technical correction is only for an offline invoice KSeF rejected. Change an accepted invoice with a correcting invoice (Correct…).</source>
        <translation>Faktura %1 została przyjęta przez KSeF (%2): korekta techniczna dotyczy tylko faktury offline odrzuconej przez KSeF. Przyjętą fakturę zmienia się fakturą korygującą (Koryguj…).</translation>
    </message>
    <message>
        <source>Invoice %1 is not an offline invoice rejected by KSeF (it is %2): a technical correction is only for those.</source>
        <translation>Faktura %1 nie jest fakturą offline odrzuconą przez KSeF (jest: %2): korekta techniczna dotyczy tylko takich.</translation>
    </message>
    <message>
        <source>Invoice %1 was already corrected once; KSeF accepts one technical correction of an invoice. Issue it again with a new number instead.</source>
        <translation>Faktura %1 została już raz skorygowana; KSeF przyjmuje jedną korektę techniczną faktury. Wystaw ją ponownie z nowym numerem.</translation>
    </message>
    <message>
        <source>The correction must be the same invoice (seller %1, number %2, kind %3); the file is %4 of seller %5.</source>
        <translation>Korekta musi być tą samą fakturą (sprzedawca %1, numer %2, rodzaj %3); plik to %4 sprzedawcy %5.</translation>
    </message>
    <message>
        <source>The file is the rejected invoice itself, unchanged: fix what KSeF refused first.</source>
        <translation>Plik to sama odrzucona faktura, bez zmian: najpierw popraw to, co KSeF odrzucił.</translation>
    </message>
    <message>
        <source>Invoice %1 was issued offline meanwhile; it goes in the next pass.</source>
        <translation>Faktura %1 została w międzyczasie wystawiona offline; pójdzie w następnym przebiegu.</translation>
    </message>
    <message>
        <source>The session&apos;s UPO cannot be kept</source>
        <translation>Nie można zachować UPO sesji</translation>
    </message>
</context>
<context>
    <name>PermissionWork</name>
    <message>
        <source>Granted with Kurier</source>
        <translation>Nadane w Kurierze</translation>
    </message>
    <message>
        <source>Revoking %1 of %2 also ends the access of everyone the office passed it on to. Their work for NIP %3 stops at their next request and waits until it is granted again.</source>
        <translation>Odebranie %1 podmiotowi %2 kończy też dostęp wszystkich, którym biuro je przekazało. Ich praca dla NIP %3 zatrzyma się przy następnym żądaniu i poczeka na ponowne nadanie.</translation>
    </message>
    <message>
        <source>Revoking %1 of %2: from their next request they can no longer do this for NIP %3.</source>
        <translation>Odebranie %1 podmiotowi %2: od następnego żądania nie będzie mógł tego robić dla NIP %3.</translation>
    </message>
</context>
<context>
    <name>PolishCalendar</name>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <extracomment>The format of a date and time (QDateTime::toString): Polish &quot;dd.MM.yyyy HH:mm&quot;.</extracomment>
        <translation>dd.MM.yyyy HH:mm</translation>
    </message>
    <message>
        <source>%1 Polish time</source>
        <translation>%1 czasu polskiego</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>The format of a date (QDate::toString): Polish &quot;dd.MM.yyyy&quot;.</extracomment>
        <translation>dd.MM.yyyy</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Kurier</source>
        <translation>Kurier</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message numerus="yes">
        <source>The text (%n character(s)) does not fit in a QR code.</source>
        <translation>
            <numerusform>Tekst (%n znak) nie mieści się w kodzie QR.</numerusform>
            <numerusform>Tekst (%n znaki) nie mieści się w kodzie QR.</numerusform>
            <numerusform>Tekst (%n znaków) nie mieści się w kodzie QR.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReconcileDocument</name>
    <message>
        <source>all in order</source>
        <translation>wszystko w porządku</translation>
    </message>
    <message>
        <source>needs a person</source>
        <translation>wymaga człowieka</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>niepełne</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>nieudane</translation>
    </message>
    <message>
        <source>Reconciliation with KSeF — report %1</source>
        <translation>Uzgodnienie z KSeF — raport %1</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Przebieg</translation>
    </message>
    <message>
        <source>Period compared (stored in KSeF)</source>
        <translation>Porównany okres (przechowanie w KSeF)</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Sprawdzono</translation>
    </message>
    <message>
        <source>%1 invoices in flight, %2 sessions, %3 invoices KSeF lists (%4 queries)</source>
        <translation>faktury w drodze: %1, sesje: %2, faktury na liście KSeF: %3 (zapytania: %4)</translation>
    </message>
    <message>
        <source>Left for the next runs</source>
        <translation>Pozostało na kolejne uruchomienia</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) of queries at KSeF&apos;s limit</source>
        <translation>
            <numerusform>około %n minuty zapytań przy limicie KSeF</numerusform>
            <numerusform>około %n minut zapytań przy limicie KSeF</numerusform>
            <numerusform>około %n minut zapytań przy limicie KSeF</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Ustalenia (%1)</translation>
    </message>
    <message>
        <source>Nothing to report: Kurier and KSeF agree.</source>
        <translation>Nic do zgłoszenia: Kurier i KSeF są zgodne.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>Invoice / KSeF number / session</source>
        <translation>Faktura / numer KSeF / sesja</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>KSeF&apos;s last answer · what to do</source>
        <translation>Ostatnia odpowiedź KSeF · co zrobić</translation>
    </message>
    <message>
        <source>Resolved %1: %2</source>
        <translation>Rozwiązano %1: %2</translation>
    </message>
    <message>
        <source>Kurier · reconciliation %1</source>
        <translation>Kurier · uzgodnienie %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Strona %1 z %2</translation>
    </message>
    <message>
        <source>Reconciliation %1</source>
        <translation>Uzgodnienie %1</translation>
    </message>
</context>
<context>
    <name>ReconcileFinding</name>
    <message>
        <source>Status updated from KSeF</source>
        <translation>Stan zaktualizowany z KSeF</translation>
    </message>
    <message>
        <source>Stuck in KSeF</source>
        <translation>Utknęła w KSeF</translation>
    </message>
    <message>
        <source>Session stuck</source>
        <translation>Sesja utknęła</translation>
    </message>
    <message>
        <source>In KSeF, not in Kurier (adopted)</source>
        <translation>W KSeF, nie w Kurierze (przejęta)</translation>
    </message>
    <message>
        <source>Session Kurier did not open</source>
        <translation>Sesja nieotwarta przez Kuriera</translation>
    </message>
    <message>
        <source>Unknown to KSeF (queued again)</source>
        <translation>Nieznana KSeF (ponownie w kolejce)</translation>
    </message>
    <message>
        <source>UPO received</source>
        <translation>UPO otrzymane</translation>
    </message>
    <message>
        <source>UPO missing</source>
        <translation>Brak UPO</translation>
    </message>
    <message>
        <source>Check failed</source>
        <translation>Sprawdzenie nie powiodło się</translation>
    </message>
</context>
<context>
    <name>ReconcileStore</name>
    <message>
        <source>The report cannot be saved: %1</source>
        <translation>Nie można zapisać raportu: %1</translation>
    </message>
    <message>
        <source>The reconciliation reports cannot be read: %1</source>
        <translation>Nie można odczytać raportów uzgodnień: %1</translation>
    </message>
    <message>
        <source>Say why the finding is resolved.</source>
        <translation>Podaj, dlaczego ustalenie jest rozwiązane.</translation>
    </message>
    <message>
        <source>Finding %1 does not exist or is already resolved.</source>
        <translation>Ustalenie %1 nie istnieje albo jest już rozwiązane.</translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message>
        <source>The outbox could not be read.</source>
        <translation>Nie udało się odczytać kolejki.</translation>
    </message>
    <message>
        <source>The invoices in flight could not be asked about.</source>
        <translation>Nie udało się zapytać o faktury w drodze.</translation>
    </message>
    <message>
        <source>KSeF rejected the invoice: correct it and send it again, or cancel it.</source>
        <translation>KSeF odrzucił fakturę: popraw ją i wyślij ponownie albo ją anuluj.</translation>
    </message>
    <message>
        <source>the session ended (%1) without this invoice</source>
        <translation>sesja zakończyła się (%1) bez tej faktury</translation>
    </message>
    <message>
        <source>Queued again: KSeF has no record of it. If it did arrive after all, KSeF reports a duplicate and Kurier takes the original&apos;s KSeF number.</source>
        <translation>Ponownie w kolejce: KSeF jej nie zna. Jeśli jednak dotarła, KSeF zgłosi duplikat, a Kurier przejmie numer KSeF oryginału.</translation>
    </message>
    <message>
        <source>KSeF has been processing it since %1. Nothing to resend: Kurier keeps asking. If it lasts more than a day, contact KSeF support with the session reference %2.</source>
        <translation>KSeF przetwarza ją od %1. Nie trzeba wysyłać ponownie: Kurier pyta dalej. Jeśli potrwa to ponad dobę, skontaktuj się z pomocą KSeF, podając numer sesji %2.</translation>
    </message>
    <message>
        <source>Invoices unknown to KSeF could not be queued again.</source>
        <translation>Nie udało się ponownie dodać do kolejki faktur nieznanych KSeF.</translation>
    </message>
    <message>
        <source>KSeF&apos;s list of sessions could not be read.</source>
        <translation>Nie udało się odczytać listy sesji KSeF.</translation>
    </message>
    <message>
        <source>Kurier closed its session that was left open.</source>
        <translation>Kurier zamknął swoją pozostawioną otwartą sesję.</translation>
    </message>
    <message>
        <source>KSeF finishes or cancels the session itself; nothing is lost: its invoices are tracked one by one.</source>
        <translation>KSeF sam dokończy lub anuluje sesję; nic nie ginie: jej faktury są śledzone pojedynczo.</translation>
    </message>
    <message>
        <source>A session Kurier did not open: check which program uses this company&apos;s KSeF credentials.</source>
        <translation>Sesja, której Kurier nie otworzył: sprawdź, który program używa poświadczeń KSeF tej firmy.</translation>
    </message>
    <message>
        <source>Opened by another program or installation; its invoices are compared with the outbox below.</source>
        <translation>Otwarta przez inny program lub instalację; jej faktury są porównywane z kolejką poniżej.</translation>
    </message>
    <message numerus="yes">
        <source>KSeF allows 20 invoice queries an hour; comparing the rest of the period needs about %n more minute(s). The next run continues.</source>
        <translation>
            <numerusform>KSeF pozwala na 20 zapytań o faktury na godzinę; porównanie reszty okresu potrwa jeszcze około %n minuty. Następny przebieg będzie kontynuował.</numerusform>
            <numerusform>KSeF pozwala na 20 zapytań o faktury na godzinę; porównanie reszty okresu potrwa jeszcze około %n minut. Następny przebieg będzie kontynuował.</numerusform>
            <numerusform>KSeF pozwala na 20 zapytań o faktury na godzinę; porównanie reszty okresu potrwa jeszcze około %n minut. Następny przebieg będzie kontynuował.</numerusform>
        </translation>
    </message>
    <message>
        <source>KSeF&apos;s list of invoices could not be read.</source>
        <translation>Nie udało się odczytać listy faktur KSeF.</translation>
    </message>
    <message>
        <source>KSeF has this invoice but its XML could not be read: download it in KSeF&apos;s portal.</source>
        <translation>KSeF ma tę fakturę, ale nie udało się odczytać jej XML: pobierz ją w portalu KSeF.</translation>
    </message>
    <message>
        <source>KSeF accepted %1 as %2</source>
        <translation>KSeF przyjął %1 jako %2</translation>
    </message>
    <message>
        <source>Kurier has an invoice with this number that KSeF does not list as this one: check which of the two is right, then cancel or correct the other.</source>
        <translation>Kurier ma fakturę o tym numerze, której KSeF nie wykazuje jako tej: sprawdź, która jest właściwa, a drugą anuluj lub skoryguj.</translation>
    </message>
    <message>
        <source>The invoice could not be added to the outbox.</source>
        <translation>Nie udało się dodać faktury do kolejki.</translation>
    </message>
    <message>
        <source>Adopted from KSeF (%1)</source>
        <translation>Przejęta z KSeF (%1)</translation>
    </message>
    <message>
        <source>without its UPO</source>
        <translation>bez UPO</translation>
    </message>
    <message>
        <source>with its UPO</source>
        <translation>z UPO</translation>
    </message>
    <message>
        <source>KSeF sent this invoice from another program; its session is not on KSeF&apos;s list, so its UPO has to be downloaded in KSeF&apos;s portal.</source>
        <translation>Ta faktura trafiła do KSeF z innego programu; jej sesji nie ma na liście KSeF, więc UPO trzeba pobrać w portalu KSeF.</translation>
    </message>
    <message>
        <source>Nothing: the invoice, its KSeF number and UPO are now in Kurier.</source>
        <translation>Nic: faktura, jej numer KSeF i UPO są już w Kurierze.</translation>
    </message>
    <message>
        <source>KSeF accepted the invoice (%1) but has not issued its UPO. Kurier keeps asking; the KSeF number is valid proof meanwhile. If it lasts more than a day, contact KSeF support with the session reference %2.</source>
        <translation>KSeF przyjął fakturę (%1), ale nie wydał UPO. Kurier pyta dalej; do tego czasu numer KSeF jest ważnym potwierdzeniem. Jeśli potrwa to ponad dobę, skontaktuj się z pomocą KSeF, podając numer sesji %2.</translation>
    </message>
    <message>
        <source>Kurier already has the invoice %1.</source>
        <translation>Kurier ma już fakturę %1.</translation>
    </message>
    <message>
        <source>KSeF did not give the invoice&apos;s XML: %1</source>
        <translation>KSeF nie przekazał XML faktury: %1</translation>
    </message>
</context>
<context>
    <name>SchemaErrorText</name>
    <message>
        <source>an amount with at most 2 decimal places and a dot as the separator, e.g. 1234.50</source>
        <translation>kwotą z najwyżej 2 miejscami po przecinku i kropką jako separatorem, np. 1234.50</translation>
    </message>
    <message>
        <source>a quantity with at most 6 decimal places and a dot as the separator</source>
        <translation>ilością z najwyżej 6 miejscami po przecinku i kropką jako separatorem</translation>
    </message>
    <message>
        <source>a date and time such as 2026-01-31T10:15:00Z</source>
        <translation>datą i godziną w postaci 2026-01-31T10:15:00Z</translation>
    </message>
    <message>
        <source>a date in the form YYYY-MM-DD</source>
        <translation>datą w postaci RRRR-MM-DD</translation>
    </message>
    <message>
        <source>a NIP of 10 digits</source>
        <translation>10-cyfrowym numerem NIP</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>liczbą całkowitą</translation>
    </message>
    <message>
        <source>a value of type %1</source>
        <translation>wartością typu %1</translation>
    </message>
    <message>
        <source>a required element is missing inside %1.</source>
        <translation>w elemencie %1 brakuje wymaganego elementu.</translation>
    </message>
    <message>
        <source>a required element is missing inside %1: expected %2.</source>
        <translation>w elemencie %1 brakuje wymaganego elementu: oczekiwano %2.</translation>
    </message>
    <message>
        <source>the element %1 is not allowed at this place; expected %2.</source>
        <translation>element %1 nie jest dozwolony w tym miejscu; oczekiwano %2.</translation>
    </message>
    <message>
        <source>the element %1 is not allowed at this place.</source>
        <translation>element %1 nie jest dozwolony w tym miejscu.</translation>
    </message>
    <message>
        <source>the value %1 is not one of the allowed values (%2).</source>
        <translation>wartość %1 nie należy do dozwolonych wartości (%2).</translation>
    </message>
    <message>
        <source>the value %1 does not have the required form (the rule is the pattern %2).</source>
        <translation>wartość %1 nie ma wymaganej postaci (reguła: wzorzec %2).</translation>
    </message>
    <message>
        <source>the value %1 is not %2.</source>
        <translation>wartość %1 nie jest %2.</translation>
    </message>
    <message>
        <source>the text is too long: at most %1 characters are allowed.</source>
        <translation>tekst jest za długi: dozwolone jest najwyżej %1 znaków.</translation>
    </message>
    <message>
        <source>the text is too short or empty: at least %1 characters are required.</source>
        <translation>tekst jest za krótki lub pusty: wymagane jest co najmniej %1 znaków.</translation>
    </message>
    <message>
        <source>the value %1 is below the allowed minimum %2.</source>
        <translation>wartość %1 jest mniejsza od dozwolonego minimum %2.</translation>
    </message>
    <message>
        <source>the value %1 is above the allowed maximum %2.</source>
        <translation>wartość %1 jest większa od dozwolonego maksimum %2.</translation>
    </message>
    <message>
        <source>the value %1 has too many digits or decimal places.</source>
        <translation>wartość %1 ma za dużo cyfr lub miejsc po przecinku.</translation>
    </message>
    <message>
        <source>the document&apos;s root element %1 is not an FA(3) invoice.</source>
        <translation>element główny dokumentu %1 nie jest fakturą FA(3).</translation>
    </message>
    <message>
        <source>the element %1 has an attribute it may not have.</source>
        <translation>element %1 ma atrybut, którego nie może mieć.</translation>
    </message>
    <message>
        <source>the element %1 lacks a required attribute.</source>
        <translation>w elemencie %1 brakuje wymaganego atrybutu.</translation>
    </message>
    <message>
        <source>the element %1 must have the fixed value the schema prescribes.</source>
        <translation>element %1 musi mieć stałą wartość określoną w schemacie.</translation>
    </message>
    <message>
        <source>breaks a rule of the FA(3) schema: %1</source>
        <translation>narusza regułę schematu FA(3): %1</translation>
    </message>
    <message>
        <source>the file is not well-formed XML (%1).</source>
        <translation>plik nie jest poprawnym składniowo XML-em (%1).</translation>
    </message>
    <message>
        <source>a bundled XML schema could not be loaded; the installation is damaged.</source>
        <translation>nie udało się wczytać dołączonego schematu XML; instalacja jest uszkodzona.</translation>
    </message>
    <message>
        <source>invoices may not declare a DOCTYPE (a document type or entities): remove the &lt;!DOCTYPE …&gt; declaration; nothing in it was read.</source>
        <translation>faktura nie może deklarować DOCTYPE (typu dokumentu ani encji): usuń deklarację &lt;!DOCTYPE …&gt;; nic z niej nie zostało odczytane.</translation>
    </message>
</context>
<context>
    <name>SemanticValidator</name>
    <message>
        <source>the total due %1 is not the sum of the net amounts %2 and the VAT %3 (expected %4).</source>
        <translation>kwota należności ogółem %1 nie jest sumą kwot netto %2 i VAT %3 (oczekiwano %4).</translation>
    </message>
    <message>
        <source>the sum at this rate is %1, but the lines at this rate add up to %2.</source>
        <translation>suma w tej stawce wynosi %1, a wiersze w tej stawce sumują się do %2.</translation>
    </message>
    <message>
        <source>the VAT at this rate is %1, but %2 at this rate gives %3.</source>
        <translation>VAT w tej stawce wynosi %1, a z kwoty %2 w tej stawce wychodzi %3.</translation>
    </message>
    <message>
        <source>the issue date %1 is in the future; KSeF refuses invoices issued after the day they are sent.</source>
        <translation>data wystawienia %1 jest w przyszłości; KSeF odrzuca faktury wystawione po dniu ich wysłania.</translation>
    </message>
    <message>
        <source>the period starts on %1, after it ends on %2.</source>
        <translation>okres zaczyna się %1, po swoim końcu %2.</translation>
    </message>
    <message>
        <source>the corrected invoice %1 is dated %2, after this correction (%3).</source>
        <translation>korygowana faktura %1 ma datę %2, późniejszą niż ta korekta (%3).</translation>
    </message>
    <message>
        <source>a correction (%1) must name the invoice it corrects: its number, date and KSeF number.</source>
        <translation>korekta (%1) musi wskazywać fakturę korygowaną: jej numer, datę i numer KSeF.</translation>
    </message>
    <message>
        <source>the correction does not say why it was issued.</source>
        <translation>korekta nie podaje przyczyny jej wystawienia.</translation>
    </message>
    <message>
        <source>a settlement invoice (ROZ) must name the advance invoices it settles.</source>
        <translation>faktura rozliczeniowa (ROZ) musi wskazywać rozliczane faktury zaliczkowe.</translation>
    </message>
    <message>
        <source>an invoice in %1 with VAT must state the exchange rate used for the VAT in PLN.</source>
        <translation>faktura w %1 z podatkiem VAT musi podawać kurs waluty użyty do przeliczenia VAT na PLN.</translation>
    </message>
    <message>
        <source>the seller&apos;s NIP %1 is not valid: %2</source>
        <translation>NIP sprzedawcy %1 jest niepoprawny: %2</translation>
    </message>
    <message>
        <source>the buyer&apos;s NIP %1 is not valid: %2</source>
        <translation>NIP nabywcy %1 jest niepoprawny: %2</translation>
    </message>
    <message>
        <source>the third party&apos;s NIP %1 is not valid: %2</source>
        <translation>NIP podmiotu trzeciego %1 jest niepoprawny: %2</translation>
    </message>
</context>
<context>
    <name>SharedRateLimiter</name>
    <message>
        <source>The rate-limit budget in %1 could not be %2: %3</source>
        <translation>Nie można było %2 budżetu limitów żądań w %1: %3</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>zaktualizować</translation>
    </message>
    <message>
        <source>read</source>
        <translation>odczytać</translation>
    </message>
</context>
<context>
    <name>SigningIdentity</name>
    <message>
        <source>The file is not a PKCS#12 (.p12/.pfx) certificate bundle.</source>
        <translation>Plik nie jest pakietem certyfikatu PKCS#12 (.p12/.pfx).</translation>
    </message>
    <message>
        <source>The PKCS#12 bundle cannot be opened: the password is wrong or the file is damaged.</source>
        <translation>Nie można otworzyć pakietu PKCS#12: błędne hasło lub uszkodzony plik.</translation>
    </message>
    <message>
        <source>The PKCS#12 bundle holds no certificate.</source>
        <translation>Pakiet PKCS#12 nie zawiera certyfikatu.</translation>
    </message>
    <message>
        <source>The private key in the bundle does not belong to its certificate.</source>
        <translation>Klucz prywatny w pakiecie nie należy do jego certyfikatu.</translation>
    </message>
    <message>
        <source>The certificate file is not a PEM certificate: %1</source>
        <translation>Plik certyfikatu nie jest certyfikatem PEM: %1</translation>
    </message>
    <message>
        <source>The key file is not an unencrypted PEM private key: %1</source>
        <translation>Plik klucza nie jest niezaszyfrowanym kluczem prywatnym PEM: %1</translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate.</source>
        <translation>Klucz prywatny nie należy do certyfikatu.</translation>
    </message>
</context>
<context>
    <name>SystemWarning</name>
    <message>
        <source>invoices with processing instructions, characters XML discourages or an encoding other than UTF-8</source>
        <translation>faktury z instrukcjami przetwarzania, znakami odradzanymi w XML albo w kodowaniu innym niż UTF-8</translation>
    </message>
    <message>
        <source>login signatures (XAdES) outside KSeF&apos;s profile</source>
        <translation>podpisy logowania (XAdES) spoza profilu KSeF</translation>
    </message>
    <message>
        <source>what its message names</source>
        <translation>to, co wskazuje jego komunikat</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation> od %1</translation>
    </message>
    <message>
        <source>KSeF warns that it will refuse %1%2. Its words: %3</source>
        <translation>KSeF ostrzega, że będzie odrzucać %1%2. Jego komunikat: %3</translation>
    </message>
</context>
<context>
    <name>Upo</name>
    <message>
        <source>This is not a UPO: the document is &lt;%1&gt;, not &lt;Potwierdzenie&gt;.</source>
        <translation>To nie jest UPO: dokument to &lt;%1&gt;, a nie &lt;Potwierdzenie&gt;.</translation>
    </message>
    <message>
        <source>The UPO is not well-formed XML (line %1): %2</source>
        <translation>UPO nie jest poprawnym XML (wiersz %1): %2</translation>
    </message>
    <message>
        <source>The UPO lists no invoice (no &lt;Dokument&gt;).</source>
        <translation>UPO nie wymienia żadnej faktury (brak &lt;Dokument&gt;).</translation>
    </message>
</context>
<context>
    <name>UpoCheck</name>
    <message>
        <source>The KSeF number %1 is not valid.</source>
        <translation>Numer KSeF %1 jest nieprawidłowy.</translation>
    </message>
    <message>
        <source>The KSeF number %1 belongs to seller %2, not %3.</source>
        <translation>Numer KSeF %1 należy do sprzedawcy %2, nie %3.</translation>
    </message>
    <message>
        <source>The UPO does not list the KSeF number %1.</source>
        <translation>UPO nie wymienia numeru KSeF %1.</translation>
    </message>
    <message>
        <source>The UPO confirms other content (hash %1) than the invoice sent (hash %2).</source>
        <translation>UPO potwierdza inną treść (skrót %1) niż wysłana faktura (skrót %2).</translation>
    </message>
    <message>
        <source>The UPO names seller %1, not %2.</source>
        <translation>UPO wskazuje sprzedawcę %1, nie %2.</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>validate FILE|DIR... [--json]   check FA(3) invoices against the official schema and the rules KSeF applies</source>
        <translation>validate PLIK|KATALOG... [--json]   sprawdza faktury FA(3) względem oficjalnego schematu i reguł stosowanych przez KSeF</translation>
    </message>
    <message>
        <source>Invoice files or folders (searched for *.xml).</source>
        <translation>Pliki faktur lub katalogi (przeszukiwane pod kątem *.xml).</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Wypisz wynik jako JSON.</translation>
    </message>
    <message>
        <source>Name at least one invoice file or folder: kurier-cli %1</source>
        <translation>Podaj co najmniej jeden plik faktury lub katalog: kurier-cli %1</translation>
    </message>
    <message>
        <source>No .xml files were found in: %1</source>
        <translation>Nie znaleziono plików .xml w: %1</translation>
    </message>
    <message>
        <source>Checking %1 of %2…</source>
        <translation>Sprawdzanie %1 z %2…</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>nie można odczytać pliku: %1</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>poprawna</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>NIEPOPRAWNA</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked</source>
        <translation>
            <numerusform>sprawdzono %n plik</numerusform>
            <numerusform>sprawdzono %n pliki</numerusform>
            <numerusform>sprawdzono %n plików</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 valid, %2 invalid</source>
        <translation>poprawnych: %1, niepoprawnych: %2</translation>
    </message>
</context>
<context>
    <name>ValidationIssue</name>
    <message>
        <source>line %1, %2: </source>
        <translation>wiersz %1, %2: </translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>wiersz %1: </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>ostrzeżenie: </translation>
    </message>
</context>
<context>
    <name>XmlTextRules</name>
    <message>
        <source>byte 0x%1 is not UTF-8 (the file is in another encoding, or damaged); KSeF accepts only UTF-8.</source>
        <translation>bajt 0x%1 nie jest w UTF-8 (plik ma inne kodowanie albo jest uszkodzony); KSeF przyjmuje tylko UTF-8.</translation>
    </message>
    <message>
        <source>the character %1 is one XML discourages (a control or non-character code point); KSeF announced it will refuse it. Remove it or replace it with ordinary text.</source>
        <translation>znak %1 jest odradzany w XML (znak sterujący albo niebędący znakiem punkt kodowy); KSeF zapowiedział, że będzie go odrzucać. Usuń go albo zastąp zwykłym tekstem.</translation>
    </message>
    <message>
        <source>the processing instruction %1 is not allowed: an invoice may have only the XML declaration (KSeF announced it will refuse others). Remove it.</source>
        <translation>instrukcja przetwarzania %1 jest niedozwolona: faktura może mieć tylko deklarację XML (KSeF zapowiedział, że będzie odrzucać inne). Usuń ją.</translation>
    </message>
</context>
<context>
    <name>kurier-cli</name>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Nieznane polecenie „%1”.</translation>
    </message>
    <message>
        <source>Usage: kurier-cli [--lang pl|en] COMMAND [OPTIONS]

Commands:
  %1
  %2

  --version   print the version
  --help      print this help
</source>
        <translation>Użycie: kurier-cli [--lang pl|en] POLECENIE [OPCJE]

Polecenia:
  %1
  %2

  --version   wypisz wersję
  --help      wypisz tę pomoc
</translation>
    </message>
    <message>
        <source>import FILE|DIR...        validate invoices and put them in the queue (--offline MODE: issued offline)
  offline list|issue|correct  invoices issued offline: deadlines (exit 3: overdue), issuing, technical correction
  send                      send the queue until every invoice is confirmed or nothing can go now
  run                       keep sending (the desktop&apos;s engine, headless) until stopped
  status [--json]           what is in the queue
  show KEY|NUMBER           one invoice and its history
  upo KEY|NUMBER --out FILE write an invoice&apos;s official receipt (UPO); --pdf FILE: readable PDF
  pdf KEY|NUMBER --out FILE the invoice as a PDF with its QR code (--document-language pl|en)
  reconcile [--from D --to D] [--json] [--csv F]  compare with KSeF: adopt, requeue, report (exit 3: needs a person)
  incoming [sync|list|save|read]  purchase invoices from KSeF (sync at most every 15 min; --force)
  backup --out FILE | --check FILE   a consistent copy of the database (while in use), or check one
  restore FILE              put a backup back (Kurier stopped; the replaced database is kept)
  server init|migrate|grant|status  a company on an office&apos;s PostgreSQL server (team mode)
  audit verify|export       check the audit log&apos;s hash chain, or write it as CSV
  alerts [--ack ID|--ack-all]  open alerts
  credentials set-token|set-certificate|remove   KSeF credentials in the system keychain
  certificates list|request|enrol|import|revoke  KSeF certificates (login and KOD II)
  permissions list|grant|revoke|clients  who may act for the company in KSeF; an office&apos;s clients
  identity show|set|remove  the identity you act as for clients (their permissions, not their secrets)
  clients [list|add]        an office&apos;s client companies at a glance (exit 3: one needs attention)
  import|send|reconcile|incoming sync --all-companies   for every client company of the desktop (--desktop DIR):
                            invoices go to the company of their seller NIP
  (queue commands take --db PATH or postgresql://USER@HOST:PORT/DB, --environment NAME or --base-url URL, --nip NIP)</source>
        <translation>import PLIK|FOLDER...     sprawdź faktury i dodaj je do kolejki (--offline TRYB: wystawione offline)
  offline list|issue|correct  faktury wystawione offline: terminy (kod 3: po terminie), wystawianie, korekta techniczna
  send                      wysyłaj kolejkę, aż każda faktura zostanie potwierdzona albo nic nie może wyjść
  run                       wysyłaj bez końca (silnik aplikacji, bez okna), aż do zatrzymania
  status [--json]           co jest w kolejce
  show KLUCZ|NUMER          jedna faktura i jej historia
  upo KLUCZ|NUMER --out PLIK  zapisz urzędowe poświadczenie odbioru (UPO) faktury; --pdf PLIK: czytelny PDF
  pdf KLUCZ|NUMER --out PLIK  faktura jako PDF z kodem QR (--document-language pl|en)
  reconcile [--from D --to D] [--json] [--csv F]  uzgodnij z KSeF: przejmij, ponów, zgłoś (kod 3: potrzebny człowiek)
  incoming [sync|list|save|read]  faktury zakupowe z KSeF (synchronizacja najwyżej co 15 min; --force)
  backup --out PLIK | --check PLIK   spójna kopia bazy danych (w trakcie pracy) albo sprawdzenie kopii
  restore PLIK              przywróć kopię zapasową (Kurier zatrzymany; zastąpiona baza zostaje zachowana)
  server init|migrate|grant|status  firma na serwerze PostgreSQL biura (tryb zespołowy)
  audit verify|export       sprawdź łańcuch skrótów dziennika audytu albo zapisz go jako CSV
  alerts [--ack ID|--ack-all]  otwarte alerty
  credentials set-token|set-certificate|remove   poświadczenia KSeF w pęku kluczy systemu
  certificates list|request|enrol|import|revoke  certyfikaty KSeF (logowanie i KOD II)
  permissions list|grant|revoke|clients  kto może działać za firmę w KSeF; klienci biura
  identity show|set|remove  tożsamość, jako która działasz dla klientów (ich uprawnienia, nie ich sekrety)
  clients [list|add]        klienci biura w skrócie (kod 3: ktoś wymaga uwagi)
  import|send|reconcile|incoming sync --all-companies   dla każdej firmy klienta z aplikacji (--desktop FOLDER):
                            faktury trafiają do firmy o NIP-ie ich sprzedawcy
  (polecenia kolejki przyjmują --db ŚCIEŻKA albo postgresql://UŻYTKOWNIK@HOST:PORT/BAZA, --environment NAZWA albo --base-url URL, --nip NIP)</translation>
    </message>
</context>
</TS>
