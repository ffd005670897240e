
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'cli.csv.column-names': str`Rozpoznawane kolumny, pod tymi nazwami lub przetłumaczone (zob. docs/publishing.md): ${0}.`,
'cli.csv.empty': `Plik jest pusty: potrzebny jest co najmniej wiersz nagłówka.`,
'cli.csv.https-added': str`„${0}” bez https:// – zapisano jako ${1}.`,
'cli.csv.id-from-name.add': `Dodaj kolumnę id z innym identyfikatorem w każdym wierszu. Pominięto cały wpis partnera.`,
'cli.csv.id-from-name.empty': `Z tej nazwy nie da się utworzyć identyfikatora (nie ma w niej liter ani cyfr).`,
'cli.csv.id-from-name.fill': `Wpisz identyfikator w kolumnie id tego wiersza. Pominięto cały wpis partnera.`,
'cli.csv.id-from-name.repeated': str`Jeden z wcześniejszych wierszy ma już identyfikator „${0}” utworzony z nazwy.`,
'cli.csv.malformed': str`wiersz ${0}: niepoprawny format CSV.`,
'cli.csv.missing-columns.few': str`Brak wymaganych kolumn ${0}.`,
'cli.csv.missing-columns.many': str`Brak wymaganych kolumn ${0}.`,
'cli.csv.missing-columns.one': str`Brak wymaganej kolumny ${0}.`,
'cli.csv.missing-columns.other': str`Brak wymaganych kolumn ${0}.`,
'cli.csv.no-rows': `Brak partnerów: tabela ma tylko wiersz nagłówka. Dodaj po jednym wierszu dla każdego miasta partnerskiego.`,
'cli.csv.no-valid-rows': `Brak poprawnych miast partnerskich: wszystkie wiersze pominięto (zob. wyżej). Nie zapisano kanału.`,
'cli.csv.problem': str`wiersz ${0}, kolumna ${1}: ${2}`,
'cli.csv.since-date': str`„${0}” to data: zachowano tylko rok ${1}.`,
'cli.csv.spreadsheet': `To skoroszyt arkusza kalkulacyjnego (Excel, LibreOffice), a nie plik CSV: w arkuszu wybierz Plik → Zapisz jako → CSV UTF-8 (rozdzielany przecinkami).`,
'cli.csv.unclosed-quote': str`wiersz ${0}: otwarty cudzysłów nie został zamknięty.`,
'cli.csv.unknown-column': str`Pominięto nieznaną kolumnę „${0}”.`,
'cli.csv.unknown-column-suggestion': str`Pominięto nieznaną kolumnę „${0}”. Czy chodziło o ${1}?`,
'cli.csv.unknown-kind': str`Nieznany rodzaj partnerstwa: „${0}” (oczekiwano: ${1}, ${2} lub ${3}). Pominięto cały wpis partnera.`,
'cli.csv.unknown-theme': str`Nieznany temat „${0}”: zostanie wyświetlony tak, jak go wpisano.`,
'cli.error.base': str`„${0}” nie jest adresem http ani https`,
'cli.error.country': str`„${0}” nie jest dwuliterowym kodem kraju ISO 3166-1 (np. PL)`,
'cli.error.encoding': str`nieznane kodowanie: „${0}” (${1})`,
'cli.error.extra-argument': str`nadmiarowy argument: ${0}`,
'cli.error.missing-command': `podaj polecenie: validate, from-csv lub check-reciprocity`,
'cli.error.missing-input': `podaj plik lub adres`,
'cli.error.missing-option': str`opcja ${0} jest wymagana`,
'cli.error.missing-value': str`opcja ${0} wymaga wartości`,
'cli.error.no-value': str`opcja ${0} nie przyjmuje wartości`,
'cli.error.output-is-input': str`-o ${0} to plik z tabelą: kanał by go nadpisał. Wybierz inny plik, na przykład jumelages.json.`,
'cli.error.unexpected': str`nieoczekiwany błąd: ${0}`,
'cli.error.unknown-command': str`nieznane polecenie: ${0}`,
'cli.error.unknown-option': str`nieznana opcja: ${0}`,
'cli.help': `twin-cities: narzędzia do kanałów danych o miastach partnerskich (partnerstwa miast, współpraca zdecentralizowana).

  twin-cities validate &lt;plik-lub-url&gt;… [--json] [--base URL]
      Sprawdza kanały danych i objaśnia każdy problem.
      --base: adres, pod którym kanał zostanie opublikowany (podstawa adresów względnych).

  twin-cities from-csv &lt;plik.csv&gt; --city NAZWA --country CC [-o kanal.json] [--encoding E]
      Zamienia tabelę (wyeksportowaną z arkusza kalkulacyjnego jako CSV) w kanał JSON.
      -o, --output: plik, do którego zostanie zapisany kanał (w przeciwnym razie zostanie wyświetlony).
      --encoding: kodowanie pliku CSV (utf-8, windows-1250, windows-1252), jeśli zostało źle rozpoznane.

  twin-cities check-reciprocity &lt;plik-lub-url&gt; [--json] [--base URL]
      Sprawdza, czy każde miasto partnerskie też wymienia nas w swoim kanale.

  --lang L: język komunikatów (fr, de, en, it, pl, pt).
Kod wyjścia: 0 bez problemów, 1 gdy są problemy, 2 przy błędnie wpisanym poleceniu.`,
'cli.partners.few': str`${0} miasta partnerskie`,
'cli.partners.many': str`${0} miast partnerskich`,
'cli.partners.one': str`${0} miasto partnerskie`,
'cli.partners.other': str`${0} miasta partnerskiego`,
'cli.problems.few': str`${0} problemy`,
'cli.problems.many': str`${0} problemów`,
'cli.problems.one': str`${0} problem`,
'cli.problems.other': str`${0} problemu`,
'cli.read.csv': str`To tabela CSV, a nie kanał JSON: aby zrobić z niej kanał, uruchom twin-cities from-csv ${0} --city NAZWA --country CC.`,
'cli.read.denied': `Odmowa dostępu: brak uprawnień do odczytu.`,
'cli.read.directory': `To jest folder, a nie plik.`,
'cli.read.failed': str`Nie można odczytać pliku (${0}).`,
'cli.read.http': str`Serwer zwrócił błąd ${0}.`,
'cli.read.network': `Serwer jest nieosiągalny.`,
'cli.read.not-file': `To nie jest zwykły plik: nie odczytano.`,
'cli.read.not-found': `Nie znaleziono pliku.`,
'cli.read.outside': `Adres lokalny poza folderem podanego kanału: nie odczytano.`,
'cli.read.parse': `To nie jest poprawny JSON.`,
'cli.read.parse-at': str`To nie jest poprawny JSON (wiersz ${0}, kolumna ${1}).`,
'cli.read.timeout': str`Brak odpowiedzi po ${0} s.`,
'cli.read.too-large': str`Dokument przekracza ${0} MB.`,
'cli.read.utf16': `Plik zapisano w UTF-16, a przeglądarki go nie odczytają. Zapisz go w UTF-8 (robi to from-csv --output).`,
'cli.reciprocity.listed': `też nas wymienia`,
'cli.reciprocity.missing': `nie wymienia nas`,
'cli.reciprocity.name': `Nazwa`,
'cli.reciprocity.no-city': `Ten kanał danych nie podaje swojego miasta (nazwa i kraj w "city"): partnerzy mogą go rozpoznać tylko po adresie.`,
'cli.reciprocity.no-feed': `brak kanału`,
'cli.reciprocity.partner': `Partner`,
'cli.reciprocity.private-address': str`Adres ${0} jest prywatny lub lokalny: jest odczytywany tylko z opcją --allow-private.`,
'cli.reciprocity.status': `Wzajemność`,
'cli.reciprocity.summary': str`Partnerzy z kanałem danych: ${0}; też nas wymieniają: ${1}; nie wymieniają nas: ${2}; nieczytelne kanały: ${3}.`,
'cli.reciprocity.unreachable': `kanał nieczytelny`,
'cli.reciprocity.unreadable': str`Nie można odczytać kanału ${0} (${1}): ${2}`,
'cli.usage': `Użycie: twin-cities validate | from-csv | check-reciprocity … (pomoc: twin-cities --help)`,
'cli.usage.check-reciprocity': `Użycie: twin-cities check-reciprocity &lt;plik-lub-url&gt; [--json] [--base URL] [--lang L]`,
'cli.usage.from-csv': `Użycie: twin-cities from-csv &lt;plik.csv&gt; --city NAZWA --country CC [-o kanal.json] [--encoding E] [--lang L]`,
'cli.usage.validate': `Użycie: twin-cities validate &lt;plik-lub-url&gt;… [--json] [--base URL] [--lang L]`,
'cli.validate.first-problems': str`Wymieniono tylko pierwszych ${0} problemów.`,
'cli.write.denied': `Odmowa zapisu: brak uprawnień.`,
'cli.write.directory': `To jest folder: podaj nazwę pliku, na przykład jumelages.json.`,
'cli.write.failed': str`Nie można zapisać pliku (${0}).`,
'cli.write.no-folder': `Folder nie istnieje: utwórz go albo wybierz inną ścieżkę.`,
    };
  