<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation>Nie można odczytać dziennika audytu: %1</translation>
    </message>
    <message>
        <source>The audit log cannot be written: %1</source>
        <translation>Nie można zapisać dziennika audytu: %1</translation>
    </message>
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
</context>
<context>
    <name>CredentialVault</name>
    <message>
        <source>The KSeF token is empty.</source>
        <translation>Token KSeF jest pusty.</translation>
    </message>
    <message>
        <source>No KSeF credentials are stored for NIP %1 in %2: add a KSeF token or a certificate in the settings.</source>
        <translation>Brak zapisanych poświadczeń KSeF dla NIP %1 w %2: dodaj token KSeF lub certyfikat w ustawieniach.</translation>
    </message>
    <message>
        <source>The stored KSeF credentials for NIP %1 are damaged; enter them again.</source>
        <translation>Zapisane poświadczenia KSeF dla NIP %1 są uszkodzone; wprowadź je ponownie.</translation>
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
        <source>the file header is not SQLite's</source>
        <translation>nagłówek pliku nie jest nagłówkiem SQLite</translation>
    </message>
    <message>
        <source>WAL journal mode is not available</source>
        <translation>tryb dziennika WAL jest niedostępny</translation>
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
        <source>the file starts with a byte order mark (BOM); KSeF accepts UTF-8 without a BOM. Save it again as "UTF-8 without BOM".</source>
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
    <name>InvoiceImport</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>nie można odczytać pliku: %1</translation>
    </message>
    <message>
        <source>the seller's NIP is %1, but invoices are sent in the context of NIP %2</source>
        <translation>NIP sprzedawcy to %1, a faktury są wysyłane w kontekście NIP %2</translation>
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
        <source>The invoice's bytes do not match its x-ms-meta-hash.</source>
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
        <source>The UPO's bytes do not match its x-ms-meta-hash.</source>
        <translation>Bajty UPO nie zgadzają się z jego x-ms-meta-hash.</translation>
    </message>
    <message>
        <source>The UPO is not an XML document.</source>
        <translation>UPO nie jest dokumentem XML.</translation>
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
        <source>KSeF's request limit is reached; Kurier waits %n second(s).</source>
        <translation>
            <numerusform>Osiągnięto limit żądań KSeF; Kurier czeka %n sekundę.</numerusform>
            <numerusform>Osiągnięto limit żądań KSeF; Kurier czeka %n sekundy.</numerusform>
            <numerusform>Osiągnięto limit żądań KSeF; Kurier czeka %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <source>KSeF did not accept the session's credentials (they expired or were revoked).</source>
        <translation>KSeF nie przyjął poświadczeń sesji (wygasły lub zostały unieważnione).</translation>
    </message>
    <message>
        <source>KSeF refused this computer's address: the token's authorization policy does not allow it.</source>
        <translation>KSeF odrzucił adres tego komputera: polityka autoryzacji tokenu na niego nie pozwala.</translation>
    </message>
    <message>
        <source>The KSeF credentials lack a required permission (%1).</source>
        <translation>Poświadczeniom KSeF brakuje wymaganego uprawnienia (%1).</translation>
    </message>
    <message>
        <source>KSeF's gateway refused the request (HTTP 403 without a KSeF answer)%1.</source>
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
        <source>The KSeF number's checksum does not match: it was probably mistyped.</source>
        <translation>Suma kontrolna numeru KSeF się nie zgadza: numer został prawdopodobnie źle przepisany.</translation>
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
        <source>Unknown action "%1".</source>
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
        <source>Password of the PKCS#12 file (read from standard input):</source>
        <translation>Hasło pliku PKCS#12 (czytane ze standardowego wejścia):</translation>
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
        <source>The invoice's key, number (P_2) or KSeF number.</source>
        <translation>Klucz faktury, jej numer (P_2) lub numer KSeF.</translation>
    </message>
    <message>
        <source>Name one invoice: kurier-cli show KEY|NUMBER</source>
        <translation>Wskaż jedną fakturę: kurier-cli show KLUCZ|NUMER</translation>
    </message>
    <message>
        <source>No invoice "%1" in the queue.</source>
        <translation>Brak faktury „%1” w kolejce.</translation>
    </message>
    <message>
        <source>Where to write the UPO.</source>
        <translation>Gdzie zapisać UPO.</translation>
    </message>
    <message>
        <source>Usage: kurier-cli upo KEY|NUMBER --out FILE</source>
        <translation>Użycie: kurier-cli upo KLUCZ|NUMER --out PLIK</translation>
    </message>
    <message>
        <source>No UPO is stored for "%1" (yet).</source>
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
        <source>KSeF answered "too many requests" %n time(s) in ten minutes; another program may be using the same KSeF context.</source>
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
        <source>Invoice %1 is damaged in Kurier's database and was not sent.</source>
        <translation>Faktura %1 jest uszkodzona w bazie Kuriera i nie została wysłana.</translation>
    </message>
    <message>
        <source>The KSeF certificate expires on %1: renew it before sending stops.</source>
        <translation>Certyfikat KSeF wygasa %1: odnów go, zanim wysyłka się zatrzyma.</translation>
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
        <source>The NIP's check digit does not match: one of the digits is probably mistyped.</source>
        <translation>Cyfra kontrolna NIP się nie zgadza: jedna z cyfr jest prawdopodobnie źle wpisana.</translation>
    </message>
</context>
<context>
    <name>OutboxCli</name>
    <message>
        <source>Kurier's database (default: %1).</source>
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
        <source>A KSeF API at this address instead (e.g. the emulator's baseUrl).</source>
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
        <source>Unknown KSeF environment "%1": use test, demo, production or --base-url URL.</source>
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
</context>
<context>
    <name>OutboxStore</name>
    <message>
        <source>The queue cannot be written: %1</source>
        <translation>Nie można zapisać kolejki: %1</translation>
    </message>
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
        <source>The queue cannot be read: %1</source>
        <translation>Nie można odczytać kolejki: %1</translation>
    </message>
    <message>
        <source>The audit log cannot be written: %1</source>
        <translation>Nie można zapisać dziennika audytu: %1</translation>
    </message>
    <message>
        <source>Invoice %1 is no longer %2 (now %3): another Kurier took it.</source>
        <translation>Faktura %1 nie jest już w stanie %2 (teraz %3): przejął ją inny Kurier.</translation>
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
        <source>the document's root element %1 is not an FA(3) invoice.</source>
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
        <source>the seller's NIP %1 is not valid: %2</source>
        <translation>NIP sprzedawcy %1 jest niepoprawny: %2</translation>
    </message>
    <message>
        <source>the buyer's NIP %1 is not valid: %2</source>
        <translation>NIP nabywcy %1 jest niepoprawny: %2</translation>
    </message>
    <message>
        <source>the third party's NIP %1 is not valid: %2</source>
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
    <name>kurier-cli</name>
    <message>
        <source>Unknown command "%1".</source>
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
        <source>import FILE|DIR...        validate invoices and put them in the queue
  send                      send the queue until every invoice is confirmed or nothing can go now
  run                       keep sending (the desktop's engine, headless) until stopped
  status [--json]           what is in the queue
  show KEY|NUMBER           one invoice and its history
  upo KEY|NUMBER --out FILE write an invoice's official receipt (UPO)
  audit verify|export       check the audit log's hash chain, or write it as CSV
  alerts [--ack ID|--ack-all]  open alerts
  credentials set-token|set-certificate|remove   KSeF credentials in the system keychain
  (queue commands take --db PATH, --environment NAME or --base-url URL, --nip NIP)</source>
        <translation>import PLIK|FOLDER...     sprawdź faktury i dodaj je do kolejki
  send                      wysyłaj kolejkę, aż każda faktura zostanie potwierdzona albo nic nie może wyjść
  run                       wysyłaj bez końca (silnik aplikacji, bez okna), aż do zatrzymania
  status [--json]           co jest w kolejce
  show KLUCZ|NUMER          jedna faktura i jej historia
  upo KLUCZ|NUMER --out PLIK  zapisz urzędowe poświadczenie odbioru (UPO) faktury
  audit verify|export       sprawdź łańcuch skrótów dziennika audytu albo zapisz go jako CSV
  alerts [--ack ID|--ack-all]  otwarte alerty
  credentials set-token|set-certificate|remove   poświadczenia KSeF w pęku kluczy systemu
  (polecenia kolejki przyjmują --db ŚCIEŻKA, --environment NAZWA albo --base-url URL, --nip NIP)</translation>
    </message>
</context>
</TS>
