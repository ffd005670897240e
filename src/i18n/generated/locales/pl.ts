
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'error.http': str`Kanał danych ${0} jest niedostępny (błąd ${1}).`,
'error.invalid': str`Kanał danych ${0} nie jest kanałem twin-cities (wersja 1).`,
'error.invalid.inline': `Kanał danych osadzony na stronie nie jest kanałem twin-cities (wersja 1).`,
'error.network': str`Nie można pobrać kanału danych ${0}. Jeśli jest w innej witrynie, musi ona zezwolić na dostęp (nagłówek Access-Control-Allow-Origin); w przeciwnym razie należy go osadzić na stronie.`,
'error.parse': str`Kanał danych ${0} nie jest poprawnym plikiem JSON.`,
'error.parse.inline': `Kanał danych osadzony na stronie zawiera niepoprawny kod JSON.`,
'error.timeout': str`Kanał danych ${0} wczytuje się zbyt długo.`,
'error.too-large': str`Kanał danych ${0} przekracza ${1} MB.`,
'inhabitants.few': `mieszkańców`,
'inhabitants.many': `mieszkańców`,
'inhabitants.one': `mieszkaniec`,
'inhabitants.other': `mieszkańca`,
'invalid.not-object': `Dokument nie jest obiektem JSON.`,
'invalid.partners': `Pole "partners" musi być listą.`,
'invalid.version': `Pole "version" musi mieć wartość 1.`,
'kind.cooperation': `Współpraca zdecentralizowana`,
'kind.friendship': `Porozumienie o przyjaźni`,
'kind.twinning': `Partnerstwo miast`,
'link.read-more': `Czytaj więcej`,
'link.read-more.label': str`Czytaj więcej: ${0}`,
'more.button': `Pokaż więcej`,
'more.status': str`Wyświetlono ${0} z ${1} miast partnerskich`,
'population.approximate': str`Około ${0} ${1}`,
'population.exact': str`${0} ${1}`,
'population.year': str`${0} (${1})`,
'problem.boolean': str`Oczekiwano wartości true lub false, a nie „${0}”.`,
'problem.country': str`Nieznany kod kraju ISO 3166-1: „${0}”.`,
'problem.dropped': `Pominięto tę wartość.`,
'problem.duplicate-id': str`Identyfikator „${0}” jest już używany.`,
'problem.integer': str`Oczekiwano liczby całkowitej dodatniej lub zera, a nie „${0}”.`,
'problem.kind': str`Nieznany rodzaj partnerstwa „${0}” (twinning, cooperation lub friendship).`,
'problem.location': `Współrzędne poza zakresem.`,
'problem.object': str`Oczekiwano obiektu, a nie „${0}”.`,
'problem.required': `Brak wymaganego pola lub jest ono puste.`,
'problem.skipped': `Pominięto cały wpis partnera.`,
'problem.text': str`Oczekiwano tekstu, a nie „${0}”.`,
'problem.themes': str`Oczekiwano listy tematów, a nie „${0}”.`,
'problem.url': str`Oczekiwano adresu http(s), a nie „${0}”.`,
'problem.year': str`Oczekiwano roku od ${0} do ${1}, a nie „${2}”.`,
'reciprocity.listed': `Partnerstwo potwierdzone przez obie strony`,
'reciprocity.missing': str`${0} nie wymienia jeszcze tego partnerstwa`,
'since.cooperation': str`Współpraca od ${0} r.`,
'since.friendship': str`Miasto zaprzyjaźnione od ${0} r.`,
'since.twinning': str`Miasto partnerskie od ${0} r.`,
'status.empty': `Obecnie brak miast partnerskich.`,
'status.loading': `Wczytywanie miast partnerskich…`,
'status.no-feed': `Należy podać adres kanału danych w atrybucie src.`,
'theme.culture': `Kultura i dziedzictwo`,
'theme.education': `Edukacja, młodzież i sport`,
'theme.energy': `Odnawialne źródła energii`,
'theme.environment': `Środowisko`,
'theme.inclusion': `Integracja i pomoc społeczna`,
'theme.institutions': `Wsparcie instytucjonalne`,
'theme.social-economy': `Ekonomia społeczna i solidarna`,
'theme.waste': `Gospodarka odpadami`,
'theme.water': `Woda i kanalizacja`,
    };
  