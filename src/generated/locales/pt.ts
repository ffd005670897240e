
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'error.http.notfound': str`O feed ${0} não foi encontrado (erro ${1}).`,
'error.http.other': str`O servidor do feed ${0} recusou o pedido (erro ${1}).`,
'error.http.server': str`O servidor do feed ${0} está indisponível (erro ${1}).`,
'error.invalid': str`O feed ${0} não é um feed twin-cities (versão 1).`,
'error.invalid.inline': `O feed incorporado na página não é um feed twin-cities (versão 1).`,
'error.network': str`O feed ${0} está inacessível. Se estiver publicado noutro site, esse site tem de o autorizar através do cabeçalho Access-Control-Allow-Origin; caso contrário, incorpore o feed na página.`,
'error.parse': str`O feed ${0} não é JSON válido.`,
'error.parse.inline': `O feed incorporado na página não é JSON válido.`,
'error.timeout': str`O feed ${0} está a demorar demasiado a responder.`,
'error.too-large': str`O feed ${0} é demasiado grande (mais de 5 MB).`,
'inhabitants.few': `habitantes`,
'inhabitants.many': `habitantes`,
'inhabitants.one': `habitante`,
'inhabitants.other': `habitantes`,
'invalid.not-object': `O documento não é um objeto JSON.`,
'invalid.partners': `O campo "partners" deve ser uma lista.`,
'invalid.too-large': `O documento excede os 5 MB.`,
'invalid.version': `O campo "version" deve ter o valor 1.`,
'kind.cooperation': `Cooperação descentralizada`,
'kind.friendship': `Acordo de amizade`,
'kind.twinning': `Geminação`,
'link.read-more': `Ler mais`,
'link.read-more.label': str`Ler mais: ${0}`,
'more.button': `Mostrar mais`,
'more.status': str`Cidades parceiras apresentadas: ${0} de ${1}`,
'population.approximate': str`cerca de ${0} habitantes`,
'population.exact': str`${0} ${1}`,
'population.year': str`${0} (${1})`,
'problem.boolean': str`«${0}» não é true nem false.`,
'problem.country': str`«${0}» não é um código de país ISO 3166-1 de duas letras (por exemplo, DE).`,
'problem.dropped': `O valor foi ignorado.`,
'problem.duplicate-id': str`O identificador «${0}» já é usado por um parceiro anterior.`,
'problem.entry': `Esta entrada não é um objeto.`,
'problem.integer': str`«${0}» não é um número inteiro igual ou superior a zero.`,
'problem.kind': str`Tipo «${0}» desconhecido: esperava-se twinning, cooperation ou friendship.`,
'problem.location': `As coordenadas devem ter a forma { "lat": de -90 a 90, "lon": de -180 a 180 }.`,
'problem.object': str`«${0}» não é um objeto.`,
'problem.required': `Este campo obrigatório está em falta ou vazio.`,
'problem.skipped': `O parceiro foi ignorado.`,
'problem.text': str`«${0}» não é um texto nem um objeto de textos por língua.`,
'problem.themes': str`«${0}» não é uma lista de temas.`,
'problem.url': str`«${0}» não é um endereço http ou https.`,
'problem.year': str`«${0}» não é um ano entre 1800 e ${1}.`,
'since.cooperation': str`Cooperação desde ${0}`,
'since.friendship': str`Cidade amiga desde ${0}`,
'since.twinning': str`Geminada desde ${0}`,
'status.empty': `De momento, não há cidades parceiras.`,
'status.loading': `A carregar as cidades parceiras…`,
'status.no-feed': `Não há nenhum feed para apresentar: indique o respetivo endereço no atributo src.`,
'theme.culture': `Cultura e património`,
'theme.education': `Educação, juventude e desporto`,
'theme.energy': `Energias renováveis`,
'theme.environment': `Ambiente`,
'theme.inclusion': `Inclusão e ação social`,
'theme.institutions': `Apoio institucional`,
'theme.social-economy': `Economia social e solidária`,
'theme.waste': `Gestão de resíduos`,
'theme.water': `Água e saneamento`,
'cli.usage': `Usage : twin-cities validate | from-csv | check-reciprocity … (twin-cities --help pour l’aide)`,
'cli.usage.validate': `Usage : twin-cities validate &lt;fichier-ou-url&gt;… [--json] [--base URL] [--lang L]`,
'cli.usage.from-csv': `Usage : twin-cities from-csv &lt;fichier.csv&gt; --city NOM --country CC [--lang L]`,
'cli.usage.check-reciprocity': `Usage : twin-cities check-reciprocity &lt;fichier-ou-url&gt; [--json] [--base URL] [--lang L]`,
'cli.help': `twin-cities : outils pour les flux de villes partenaires (jumelages, coopérations).

  twin-cities validate &lt;fichier-ou-url&gt;… [--json] [--base URL]
      Vérifie des flux et explique chaque problème.
      --base : l’adresse où le flux sera publié, pour ses adresses relatives.

  twin-cities from-csv &lt;fichier.csv&gt; --city NOM --country CC
      Transforme un tableau (CSV exporté d’un tableur) en flux JSON.

  twin-cities check-reciprocity &lt;fichier-ou-url&gt; [--json] [--base URL]
      Vérifie que chaque ville partenaire nous liste aussi dans son flux.

  --lang L : langue des messages (fr, de, en, it, pl, pt).
Code de sortie : 0 sans problème, 1 s’il y a des problèmes, 2 pour une commande mal écrite.`,
'cli.error.unknown-command': str`commande inconnue : ${0}`,
'cli.error.unknown-option': str`option inconnue : ${0}`,
'cli.error.missing-value': str`l’option ${0} attend une valeur`,
'cli.error.missing-option': str`l’option ${0} est obligatoire`,
'cli.error.missing-input': `indiquez un fichier ou une adresse`,
'cli.error.extra-argument': str`argument en trop : ${0}`,
'cli.error.country': str`« ${0} » n’est pas un code pays ISO 3166-1 à deux lettres (par exemple FR)`,
'cli.error.base': str`« ${0} » n’est pas une adresse http ou https`,
'cli.error.unexpected': str`erreur inattendue : ${0}`,
'cli.read.not-found': `Fichier introuvable.`,
'cli.read.directory': `C’est un dossier, pas un fichier.`,
'cli.read.denied': `Lecture refusée : droits insuffisants.`,
'cli.read.failed': str`Lecture impossible (${0}).`,
'cli.read.network': `Serveur injoignable.`,
'cli.read.timeout': str`Pas de réponse au bout de ${0} secondes.`,
'cli.read.http': str`Le serveur a répondu par l’erreur ${0}.`,
'cli.read.parse': `Ce n’est pas du JSON valide.`,
'cli.read.parse-at': str`Ce n’est pas du JSON valide (ligne ${0}, colonne ${1}).`,
'cli.partners.one': str`${0} partenaire`,
'cli.partners.few': str`${0} partenaires`,
'cli.partners.many': str`${0} partenaires`,
'cli.partners.other': str`${0} partenaires`,
'cli.problems.one': str`${0} problème`,
'cli.problems.few': str`${0} problèmes`,
'cli.problems.many': str`${0} problèmes`,
'cli.problems.other': str`${0} problèmes`,
'cli.csv.problem': str`ligne ${0}, colonne ${1} : ${2}`,
'cli.csv.missing-columns': str`La ligne d’en-tête n’a pas la colonne obligatoire ${0}.`,
'cli.csv.unknown-column': str`Colonne « ${0} » inconnue : ignorée.`,
'cli.csv.empty': `Le fichier est vide : il faut au moins la ligne d’en-tête.`,
'cli.csv.unclosed-quote': str`ligne ${0} : un guillemet ouvert n’est jamais fermé.`,
'cli.csv.malformed': str`ligne ${0} : CSV mal formé.`,
'cli.reciprocity.partner': `Partenaire`,
'cli.reciprocity.name': `Nom`,
'cli.reciprocity.status': `Réciprocité`,
'cli.reciprocity.listed': `nous liste aussi`,
'cli.reciprocity.missing': `ne nous liste pas`,
'cli.reciprocity.unreachable': `flux illisible`,
'cli.reciprocity.no-feed': `pas de flux`,
'cli.reciprocity.summary': str`Partenaires avec un flux : ${0} ; nous listent aussi : ${1} ; ne nous listent pas : ${2} ; flux illisibles : ${3}.`,
'cli.reciprocity.unrecognizable': `Ce flux n’a ni adresse ni ville (nom et pays dans « city ») : aucun partenaire ne peut le reconnaître.`,
    };
  