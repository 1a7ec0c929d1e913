<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
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
        <source>the file header is not SQLite&apos;s</source>
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
        <translation><numerusform>sprawdzono %n plik</numerusform><numerusform>sprawdzono %n pliki</numerusform><numerusform>sprawdzono %n plików</numerusform></translation>
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
        <source>Usage: kurier-cli [--lang pl|en] COMMAND [OPTIONS]

Commands:
  %1

  --version   print the version
  --help      print this help
</source>
        <translation>Użycie: kurier-cli [--lang pl|en] POLECENIE [OPCJE]

Polecenia:
  %1

  --version   wypisuje wersję
  --help      wypisuje tę pomoc
</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Nieznane polecenie „%1”.</translation>
    </message>
</context>
</TS>
