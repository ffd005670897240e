
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'error.http': str`Der Feed ${0} ist nicht verfügbar (Fehler ${1}).`,
'error.invalid': str`Der Feed ${0} ist kein twin-cities-Feed (Version 1).`,
'error.invalid.inline': `Der in die Seite eingebettete Feed ist kein twin-cities-Feed (Version 1).`,
'error.network': str`Der Feed ${0} kann nicht geladen werden. Liegt er auf einer anderen Website, muss diese den Zugriff erlauben (Header Access-Control-Allow-Origin); andernfalls betten Sie ihn in die Seite ein.`,
'error.parse': str`Der Feed ${0} ist keine gültige JSON-Datei.`,
'error.parse.inline': `Der in die Seite eingebettete Feed ist kein gültiges JSON.`,
'error.timeout': str`Der Feed ${0} lädt zu langsam.`,
'error.too-large': str`Der Feed ${0} ist größer als ${1} MB.`,
'inhabitants.few': `Einwohner`,
'inhabitants.many': `Einwohner`,
'inhabitants.one': `Einwohner`,
'inhabitants.other': `Einwohner`,
'invalid.not-object': `Das Dokument ist kein JSON-Objekt.`,
'invalid.partners': `Das Feld "partners" muss eine Liste sein.`,
'invalid.version': `Das Feld "version" muss den Wert 1 haben.`,
'kind.cooperation': `Kommunale Entwicklungszusammenarbeit`,
'kind.friendship': `Städtefreundschaft`,
'kind.twinning': `Städtepartnerschaft`,
'link.read-more': `Weiterlesen`,
'link.read-more.label': str`Weiterlesen: ${0}`,
'more.button': `Mehr anzeigen`,
'more.status': str`${0} von ${1} Partnerstädten angezeigt`,
'population.approximate': str`Etwa ${0} ${1}`,
'population.exact': str`${0} ${1}`,
'population.year': str`${0} (${1})`,
'problem.boolean': str`Wert true oder false statt „${0}“ erwartet.`,
'problem.country': str`Unbekannter Ländercode „${0}“ (ISO 3166-1).`,
'problem.dropped': `Wert ignoriert.`,
'problem.duplicate-id': str`ID „${0}“ bereits vergeben.`,
'problem.integer': str`Ganze Zahl ≥ 0 statt „${0}“ erwartet.`,
'problem.kind': str`Unbekannte Art der Partnerschaft „${0}“ (twinning, cooperation oder friendship).`,
'problem.location': `Koordinaten außerhalb des gültigen Bereichs.`,
'problem.object': str`Objekt statt „${0}“ erwartet.`,
'problem.required': `Pflichtfeld fehlt oder ist leer.`,
'problem.skipped': `Partner übersprungen.`,
'problem.text': str`Text statt „${0}“ erwartet.`,
'problem.themes': str`Themenliste statt „${0}“ erwartet.`,
'problem.url': str`http(s)-Adresse statt „${0}“ erwartet.`,
'problem.year': str`Jahr von ${0} bis ${1} statt „${2}“ erwartet.`,
'reciprocity.listed': `Von beiden Städten aufgeführt`,
'reciprocity.missing': str`${0} führt diese Partnerschaft noch nicht auf`,
'since.cooperation': str`Zusammenarbeit seit ${0}`,
'since.friendship': str`Freundschaftsstadt seit ${0}`,
'since.twinning': str`Partnerstadt seit ${0}`,
'status.empty': `Derzeit sind keine Partnerstädte eingetragen.`,
'status.loading': `Partnerstädte werden geladen …`,
'status.no-feed': `Geben Sie die Feed-Adresse im Attribut src an.`,
'theme.culture': `Kultur und Kulturerbe`,
'theme.education': `Bildung, Jugend und Sport`,
'theme.energy': `Erneuerbare Energien`,
'theme.environment': `Umwelt`,
'theme.inclusion': `Inklusion und Soziales`,
'theme.institutions': `Stärkung der Kommunalverwaltung`,
'theme.social-economy': `Sozial- und Solidarwirtschaft`,
'theme.waste': `Abfallwirtschaft`,
'theme.water': `Wasser und Abwasser`,
    };
  