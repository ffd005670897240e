
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'cli.csv.empty': `O ficheiro está vazio: é necessária pelo menos a linha de cabeçalho.`,
'cli.csv.malformed': str`linha ${0}: CSV mal formado.`,
'cli.csv.missing-columns': str`Falta a coluna obrigatória ${0} na linha de cabeçalho.`,
'cli.csv.problem': str`linha ${0}, coluna ${1}: ${2}`,
'cli.csv.unclosed-quote': str`linha ${0}: há aspas abertas que nunca são fechadas.`,
'cli.csv.unknown-column': str`Coluna «${0}» desconhecida: ignorada.`,
'cli.error.base': str`«${0}» não é um endereço http ou https`,
'cli.error.country': str`«${0}» não é um código de país ISO 3166-1 de duas letras (por exemplo, PT)`,
'cli.error.extra-argument': str`argumento a mais: ${0}`,
'cli.error.missing-input': `indique um ficheiro ou um endereço`,
'cli.error.missing-option': str`a opção ${0} é obrigatória`,
'cli.error.missing-value': str`a opção ${0} precisa de um valor`,
'cli.error.no-value': str`a opção ${0} não aceita valor`,
'cli.error.unexpected': str`erro inesperado: ${0}`,
'cli.error.unknown-command': str`comando desconhecido: ${0}`,
'cli.error.unknown-option': str`opção desconhecida: ${0}`,
'cli.help': `twin-cities: ferramentas para os feeds de cidades parceiras (geminações, cooperação descentralizada).

  twin-cities validate &lt;ficheiro-ou-url&gt;… [--json] [--base URL]
      Verifica feeds e explica cada problema.
      --base: o endereço onde o feed será publicado, para os seus endereços relativos.

  twin-cities from-csv &lt;ficheiro.csv&gt; --city NOME --country CC
      Transforma uma tabela (exportada em CSV de uma folha de cálculo) num feed JSON.

  twin-cities check-reciprocity &lt;ficheiro-ou-url&gt; [--json] [--base URL]
      Verifica se cada cidade parceira também nos lista no seu feed.

  --lang L: língua das mensagens (fr, de, en, it, pl, pt).
Código de saída: 0 sem problemas, 1 se houver problemas, 2 para um comando mal escrito.`,
'cli.partners.few': str`${0} parceiros`,
'cli.partners.many': str`${0} parceiros`,
'cli.partners.one': str`${0} parceiro`,
'cli.partners.other': str`${0} parceiros`,
'cli.problems.few': str`${0} problemas`,
'cli.problems.many': str`${0} problemas`,
'cli.problems.one': str`${0} problema`,
'cli.problems.other': str`${0} problemas`,
'cli.read.denied': `Leitura recusada: permissões insuficientes.`,
'cli.read.directory': `Isto é uma pasta, não um ficheiro.`,
'cli.read.failed': str`Não foi possível ler o ficheiro (${0}).`,
'cli.read.http': str`O servidor respondeu com o erro ${0}.`,
'cli.read.network': `Servidor inacessível.`,
'cli.read.not-found': `Ficheiro não encontrado.`,
'cli.read.parse': `Isto não é JSON válido.`,
'cli.read.parse-at': str`Isto não é JSON válido (linha ${0}, coluna ${1}).`,
'cli.read.timeout': str`Sem resposta ao fim de ${0} segundos.`,
'cli.reciprocity.listed': `também nos lista`,
'cli.reciprocity.missing': `não nos lista`,
'cli.reciprocity.name': `Nome`,
'cli.reciprocity.no-city': `Este feed não indica a sua cidade (nome e país em «city»): os parceiros só o podem reconhecer pelo endereço.`,
'cli.reciprocity.no-feed': `sem feed`,
'cli.reciprocity.partner': `Parceiro`,
'cli.reciprocity.status': `Reciprocidade`,
'cli.reciprocity.summary': str`Parceiros com feed: ${0}; também nos listam: ${1}; não nos listam: ${2}; feeds ilegíveis: ${3}.`,
'cli.reciprocity.unreachable': `feed ilegível`,
'cli.usage': `Utilização: twin-cities validate | from-csv | check-reciprocity … (ajuda: twin-cities --help)`,
'cli.usage.check-reciprocity': `Utilização: twin-cities check-reciprocity &lt;ficheiro-ou-url&gt; [--json] [--base URL] [--lang L]`,
'cli.usage.from-csv': `Utilização: twin-cities from-csv &lt;ficheiro.csv&gt; --city NOME --country CC [--lang L]`,
'cli.usage.validate': `Utilização: twin-cities validate &lt;ficheiro-ou-url&gt;… [--json] [--base URL] [--lang L]`,
'status.loading': `Chargement des villes partenaires…`,
'status.empty': `Aucune ville partenaire pour le moment.`,
'status.no-feed': `Aucun flux à afficher : indiquez son adresse dans l’attribut src.`,
'error.parse.inline': `Le flux intégré à la page n’est pas du JSON valide.`,
'error.invalid.inline': `Le flux intégré à la page n’est pas un flux twin-cities (version 1).`,
'error.http.notfound': str`Le flux ${0} est introuvable (erreur ${1}).`,
'error.http.server': str`Le serveur du flux ${0} est en panne (erreur ${1}).`,
'error.http.other': str`Le serveur du flux ${0} a refusé la demande (erreur ${1}).`,
'error.network': str`Le flux ${0} est injoignable. S’il est publié sur un autre site, ce site doit l’autoriser avec l’en-tête Access-Control-Allow-Origin ; sinon, intégrez le flux dans la page.`,
'error.timeout': str`Le flux ${0} met trop de temps à répondre.`,
'error.parse': str`Le flux ${0} n’est pas du JSON valide.`,
'error.too-large': str`Le flux ${0} est trop volumineux (plus de 5 Mo).`,
'error.invalid': str`Le flux ${0} n’est pas un flux twin-cities (version 1).`,
'problem.entry': `Cette entrée n’est pas un objet.`,
'problem.required': `Ce champ obligatoire est absent ou vide.`,
'problem.duplicate-id': str`L’identifiant « ${0} » est déjà utilisé par un partenaire précédent.`,
'problem.country': str`« ${0} » n’est pas un code pays ISO 3166-1 à deux lettres (par exemple DE).`,
'problem.text': str`« ${0} » n’est pas un texte, ni un objet de textes par langue.`,
'problem.url': str`« ${0} » n’est pas une adresse http ou https.`,
'problem.integer': str`« ${0} » n’est pas un nombre entier positif ou nul.`,
'problem.year': str`« ${0} » n’est pas une année entre 1800 et ${1}.`,
'problem.boolean': str`« ${0} » ne vaut ni true ni false.`,
'problem.kind': str`Type « ${0} » inconnu : twinning, cooperation ou friendship attendu.`,
'problem.themes': str`« ${0} » n’est pas une liste de thèmes.`,
'problem.location': `Les coordonnées doivent être { "lat": -90 à 90, "lon": -180 à 180 }.`,
'problem.object': str`« ${0} » n’est pas un objet.`,
'problem.skipped': `Partenaire ignoré.`,
'problem.dropped': `Valeur ignorée.`,
'invalid.not-object': `Le document n’est pas un objet JSON.`,
'invalid.version': `Le champ "version" doit valoir 1.`,
'invalid.partners': `Le champ "partners" doit être une liste.`,
'invalid.too-large': `Le document dépasse 5 Mo.`,
'kind.twinning': `Jumelage`,
'kind.cooperation': `Coopération décentralisée`,
'kind.friendship': `Amitié`,
'theme.institutions': `Appui institutionnel`,
'theme.environment': `Environnement`,
'theme.water': `Eau et assainissement`,
'theme.energy': `Énergies renouvelables`,
'theme.waste': `Gestion des déchets`,
'theme.culture': `Culture et patrimoine`,
'theme.education': `Éducation, jeunesse et sport`,
'theme.inclusion': `Inclusion et action sociale`,
'theme.social-economy': `Économie sociale et solidaire`,
'since.twinning': str`Jumelée depuis ${0}`,
'since.cooperation': str`Coopération depuis ${0}`,
'since.friendship': str`Ville amie depuis ${0}`,
'inhabitants.one': `habitant`,
'inhabitants.few': `habitants`,
'inhabitants.many': `habitants`,
'inhabitants.other': `habitants`,
'population.approximate': str`environ ${0} habitants`,
'population.exact': str`${0} ${1}`,
'population.year': str`${0} (${1})`,
'link.read-more': `Lire la suite`,
'link.read-more.label': str`Lire la suite : ${0}`,
'reciprocity.listed': `Partenariat réciproque`,
'reciprocity.missing': str`Pas encore listée par ${0}`,
'more.button': `Afficher plus`,
'more.status': str`Villes partenaires affichées : ${0} sur ${1}`,
    };
  