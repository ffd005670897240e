
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'error.http': str`Il feed ${0} non è disponibile (errore ${1}).`,
'error.invalid': str`Il feed ${0} non è un feed twin-cities (versione 1).`,
'error.invalid.inline': `Il feed incorporato nella pagina non è un feed twin-cities (versione 1).`,
'error.network': str`Impossibile caricare il feed ${0}. Se è su un altro sito, questo deve consentirne la lettura (intestazione Access-Control-Allow-Origin); altrimenti, incorporarlo nella pagina.`,
'error.parse': str`Il feed ${0} non è un file JSON valido.`,
'error.parse.inline': `Il feed incorporato nella pagina non è un JSON valido.`,
'error.timeout': str`Il feed ${0} impiega troppo tempo a caricarsi.`,
'error.too-large': str`Il feed ${0} supera i ${1} MB.`,
'inhabitants.few': `abitanti`,
'inhabitants.many': `di abitanti`,
'inhabitants.one': `abitante`,
'inhabitants.other': `abitanti`,
'invalid.not-object': `Il documento non è un oggetto JSON.`,
'invalid.partners': `Il campo "partners" deve essere un elenco.`,
'invalid.version': `Il campo "version" deve avere valore 1.`,
'kind.cooperation': `Cooperazione decentrata`,
'kind.friendship': `Patto di amicizia`,
'kind.twinning': `Gemellaggio`,
'link.read-more': `Scopri di più`,
'link.read-more.label': str`Scopri di più: ${0}`,
'more.button': `Mostra di più`,
'more.status': str`Città partner visualizzate: ${0} su ${1}`,
'population.approximate': str`Circa ${0} ${1}`,
'population.exact': str`${0} ${1}`,
'population.year': str`${0} (${1})`,
'problem.boolean': str`Serve il valore true o false, non «${0}».`,
'problem.country': str`Codice paese ISO 3166-1 sconosciuto: «${0}».`,
'problem.dropped': `Valore ignorato.`,
'problem.duplicate-id': str`Identificativo «${0}» già in uso.`,
'problem.integer': str`Serve un numero intero positivo o zero, non «${0}».`,
'problem.kind': str`Tipo di partenariato sconosciuto: «${0}» (twinning, cooperation o friendship).`,
'problem.location': `Coordinate fuori intervallo.`,
'problem.object': str`Serve un oggetto, non «${0}».`,
'problem.required': `Campo obbligatorio mancante o vuoto.`,
'problem.skipped': `Partner escluso.`,
'problem.text': str`Serve un testo, non «${0}».`,
'problem.themes': str`Serve un elenco di temi, non «${0}».`,
'problem.url': str`Serve un indirizzo http(s), non «${0}».`,
'problem.year': str`Serve un anno dal ${0} al ${1}, non «${2}».`,
'reciprocity.listed': `Indicato da entrambe le città`,
'reciprocity.missing': str`${0} non indica ancora questo partenariato`,
'since.cooperation': str`Cooperazione dal ${0}`,
'since.friendship': str`Città amica dal ${0}`,
'since.twinning': str`Gemellata dal ${0}`,
'status.empty': `Al momento non ci sono città partner.`,
'status.loading': `Caricamento delle città partner…`,
'status.no-feed': `Indicare l’indirizzo del feed nell’attributo src.`,
'theme.culture': `Cultura e patrimonio`,
'theme.education': `Istruzione, giovani e sport`,
'theme.energy': `Energie rinnovabili`,
'theme.environment': `Ambiente`,
'theme.inclusion': `Inclusione e politiche sociali`,
'theme.institutions': `Rafforzamento istituzionale`,
'theme.social-economy': `Economia sociale e solidale`,
'theme.waste': `Gestione dei rifiuti`,
'theme.water': `Acqua e servizi igienico-sanitari`,
    };
  