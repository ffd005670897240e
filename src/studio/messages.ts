/**
 * Every sentence of the feed studio, written in French (the source locale) through
 * `msg()`; call them inside `inLocale()`. The feed problems and the spreadsheet
 * remarks come from the element's and the command-line tool's own messages, so
 * the studio says exactly what they say.
 */
/* eslint-disable no-irregular-whitespace -- French typography: U+202F before ; ? ! and inside « », U+00A0 before : */
import {str} from '@lit/localize';
import {msg} from '../i18n/localization.js';

export const titleText = () =>
  msg('Atelier des villes partenaires', {id: 'studio.title', desc: 'Main heading of the feed studio page'});
export const introText = () =>
  msg(
    'Composez la liste des villes jumelles et partenaires de votre commune, vérifiez-la, puis téléchargez le fichier jumelages.json à publier sur votre site. Rien n’est envoyé : la liste reste dans ce navigateur.',
    {id: 'studio.intro'}
  );
export const interfaceLanguageText = () => msg('Langue de l’interface', {id: 'studio.interface-language'});

// Ways in

export const startHeading = () => msg('Commencer', {id: 'studio.start.heading'});
export const addPartnerText = () => msg('Ajouter un partenaire', {id: 'studio.add'});
export const newListText = () => msg('Nouvelle liste vide', {id: 'studio.new-list'});
export const importLabel = () =>
  msg('Importer un fichier : tableur (.csv, .xlsx, .ods) ou flux (.json)', {id: 'studio.import.label'});
export const importHint = () =>
  msg(
    'Tableur : une ligne par partenaire, la première ligne nomme les colonnes (name, country, population, since, url…), comme pour la commande from-csv.',
    {id: 'studio.import.hint'}
  );
export const sheetLanguageLabel = () =>
  msg('Langue des colonnes sans suffixe (name, summary…)', {id: 'studio.sheet-lang', desc: 'A column "name" holds names in this language; "name_de" is German'});
export const encodingLabel = () => msg('Encodage des fichiers CSV', {id: 'studio.encoding.label'});
export const encodingAutoText = () => msg('Automatique', {id: 'studio.encoding.auto'});
export const encoding1252Text = () => msg('Windows-1252 (Europe de l’Ouest)', {id: 'studio.encoding.1252'});
export const encoding1250Text = () => msg('Windows-1250 (Europe centrale)', {id: 'studio.encoding.1250'});
export const encodingReadText = (name: string) =>
  msg(str`Fichier lu en ${name}. Des lettres s’affichent mal (Å‚, Ã©, ¹) ? Choisissez un autre encodage ci-dessus : le fichier est relu aussitôt.`, {
    id: 'studio.encoding.read',
  });
export const importedText = (file: string, count: number) =>
  msg(str`Partenaires importés de ${file} : ${count}.`, {id: 'studio.import.done'});
export const importFailedText = (file: string) =>
  msg(str`Le fichier ${file} n’a pas pu être importé :`, {id: 'studio.import.failed'});
export const unknownTypeText = (file: string) =>
  msg(str`Le fichier ${file} n’est pas pris en charge : choisissez un fichier .csv, .tsv, .txt, .xlsx, .ods ou .json.`, {
    id: 'studio.import.unknown-type',
  });
export const unreadableWorkbookText = (file: string) =>
  msg(str`Le classeur ${file} est illisible ou vide.`, {id: 'studio.import.unreadable'});
export const notJsonFileText = (file: string) =>
  msg(str`Le fichier ${file} n’est pas du JSON valide.`, {id: 'studio.import.not-json'});
export const notFeedFileText = (file: string) =>
  msg(str`Le fichier ${file} n’est pas un flux twin-cities (version 1).`, {id: 'studio.import.not-feed'});
export const undoText = () => msg('Annuler', {id: 'studio.undo'});
export const replacedText = () => msg('La liste précédente a été remplacée.', {id: 'studio.replaced'});

export const feedUrlLabel = () => msg('Adresse d’un flux déjà publié', {id: 'studio.url.label'});
export const openText = () => msg('Ouvrir', {id: 'studio.url.open'});
export const readingText = () => msg('Lecture…', {id: 'studio.reading'});
export const badUrlText = () =>
  msg('Saisissez une adresse complète, commençant par https://.', {id: 'studio.url.bad'});
export const feedNetworkText = (url: string) =>
  msg(
    str`Le flux ${url} n’a pas pu être lu. Soit l’adresse est fausse ou le site injoignable, soit ce site n’autorise pas les autres sites à lire le fichier (il lui manque l’en-tête Access-Control-Allow-Origin). Dans ce cas, enregistrez le fichier sur votre ordinateur puis importez-le ci-dessus.`,
    {id: 'studio.url.network'}
  );
export const openedText = (url: string, count: number) =>
  msg(str`Partenaires lus dans ${url} : ${count}.`, {id: 'studio.url.done'});

// Wikidata

export const wikidataHeading = () => msg('Partir de Wikidata', {id: 'studio.wd.heading'});
export const wikidataLabel = () =>
  msg('Nom de votre commune (ou son identifiant Wikidata, Q…)', {id: 'studio.wd.label'});
export const wikidataHint = () =>
  msg('Wikidata, la base de connaissances libre, propose les villes jumelles qu’elle connaît. Seul le nom saisi lui est envoyé.', {
    id: 'studio.wd.hint',
  });
export const searchText = () => msg('Chercher', {id: 'studio.wd.search'});
export const candidatesText = () => msg('Choisissez votre commune :', {id: 'studio.wd.candidates'});
export const noTownText = (text: string) =>
  msg(str`Aucune commune trouvée sur Wikidata pour « ${text} ». Vérifiez l’orthographe ou essayez le nom officiel.`, {
    id: 'studio.wd.none',
  });
export const wikidataNetworkText = (base: string) =>
  msg(
    str`Wikidata est injoignable (${base}). Vérifiez la connexion à internet, puis réessayez. Votre liste n’a pas changé.`,
    {id: 'studio.wd.network'}
  );
export const wikidataLoadingText = (town: string) =>
  msg(str`Lecture des villes jumelles de ${town} sur Wikidata…`, {id: 'studio.wd.loading'});
export const noTwinsText = (town: string) =>
  msg(
    str`Wikidata ne connaît aucune ville jumelle de ${town}. Votre commune est renseignée ; ajoutez les partenaires vous-même ou importez un tableur.`,
    {id: 'studio.wd.no-twins'}
  );
export const draftsText = (town: string, count: number) =>
  msg(str`Villes jumelles de ${town} proposées par Wikidata : ${count}. Chacune est marquée « à vérifier ».`, {
    id: 'studio.wd.done',
  });
export const toCheckText = () => msg('À vérifier', {id: 'studio.to-check', desc: 'Badge on a partner drafted from Wikidata'});
export const markCheckedText = () => msg('Marquer comme vérifié', {id: 'studio.mark-checked'});
export const missingText = (fields: string) =>
  msg(str`Wikidata ne donne pas : ${fields}. Complétez si vous le savez.`, {id: 'studio.wd.missing'});

// The town

export const cityHeading = () => msg('Votre commune', {id: 'studio.city.heading'});

// The partners

export const partnersHeading = (count: number) =>
  msg(str`Villes partenaires : ${count}`, {id: 'studio.partners.heading'});
export const noPartnerText = () =>
  msg('Aucun partenaire pour l’instant : ajoutez-en un, importez un fichier ou partez de Wikidata.', {
    id: 'studio.partners.empty',
  });
export const moreText = (shown: number, total: number) =>
  msg(str`Afficher la suite de la liste (${shown} sur ${total})`, {id: 'studio.list.more'});
export const unnamedText = () => msg('(sans nom)', {id: 'studio.unnamed'});
export const editText = (name: string) => msg(str`Modifier ${name}`, {id: 'studio.edit'});
export const moveUpText = (name: string) => msg(str`Monter ${name}`, {id: 'studio.up'});
export const moveDownText = (name: string) => msg(str`Descendre ${name}`, {id: 'studio.down'});
export const deleteText = (name: string) => msg(str`Supprimer ${name}`, {id: 'studio.delete'});
export const deletedText = (name: string) => msg(str`${name} a été supprimé de la liste.`, {id: 'studio.deleted'});
export const toFixText = () => msg('À corriger', {id: 'studio.to-fix', desc: 'Badge on a partner with a wrong field'});
export const editorHeading = (name: string) => msg(str`Fiche : ${name}`, {id: 'studio.editor.heading'});

// Field labels

export const idLabel = () => msg('Identifiant (unique dans la liste)', {id: 'studio.field.id'});
export const nameLabel = () => msg('Nom', {id: 'studio.field.name'});
export const countryLabel = () => msg('Pays (code ISO à deux lettres, par exemple DE)', {id: 'studio.field.country'});
export const regionLabel = () => msg('Région', {id: 'studio.field.region'});
export const summaryLabel = () => msg('Présentation', {id: 'studio.field.summary'});
export const kindLabelText = () => msg('Type de partenariat', {id: 'studio.field.kind'});
export const themesLabel = () => msg('Thèmes', {id: 'studio.field.themes'});
export const populationLabel = () => msg('Population', {id: 'studio.field.population'});
export const inhabitantsLabel = () => msg('Nombre d’habitants', {id: 'studio.field.population-value'});
export const censusYearLabel = () => msg('Année du recensement', {id: 'studio.field.population-year'});
export const approximateLabel = () => msg('Chiffre approximatif', {id: 'studio.field.approximate'});
export const sinceLabel = () => msg('Partenaires depuis (année)', {id: 'studio.field.since'});
export const urlLabel = () => msg('Page du partenaire sur votre site', {id: 'studio.field.url'});
export const websiteLabel = () => msg('Site de la commune', {id: 'studio.field.website'});
export const imageLabel = () => msg('Image', {id: 'studio.field.image'});
export const imageSrcLabel = () => msg('Adresse de l’image', {id: 'studio.field.image-src'});
export const altLabel = () => msg('Texte alternatif de l’image', {id: 'studio.field.alt'});
export const locationLabel = () => msg('Position', {id: 'studio.field.location'});
export const latLabel = () => msg('Latitude', {id: 'studio.field.lat'});
export const lonLabel = () => msg('Longitude', {id: 'studio.field.lon'});
export const feedLabel = () => msg('Flux du partenaire (pour la réciprocité)', {id: 'studio.field.feed'});

// Out

export const outHeading = () => msg('Publier', {id: 'studio.out.heading'});
export const downloadText = () => msg('Télécharger jumelages.json', {id: 'studio.download'});
export const downloadedText = () =>
  msg('jumelages.json est téléchargé. Publiez-le sur votre site, puis intégrez-le à une page (ci-dessous).', {
    id: 'studio.downloaded',
  });
export const blockedText = () =>
  msg('Le fichier n’est pas encore prêt. Corrigez ces champs, ou supprimez le partenaire concerné, puis téléchargez à nouveau :', {
    id: 'studio.blocked',
  });
export const problemWhereText = (where: string, field: string, message: string) =>
  msg(str`${where}, ${field} : ${message}`, {id: 'studio.problem', desc: 'A partner (or the town), the field label, the problem'});
export const goToFieldText = () => msg('Corriger', {id: 'studio.go-to-field'});
export const embedHeading = () => msg('Intégrer la liste à une page', {id: 'studio.embed.heading'});
export const publishedUrlLabel = () =>
  msg('Adresse où jumelages.json sera publié', {id: 'studio.embed.url'});
export const snippetSrcLabel = () => msg('Code à coller, avec l’adresse du fichier', {id: 'studio.embed.src'});
export const snippetInlineLabel = () =>
  msg('Code à coller, la liste incluse (sans fichier à publier)', {id: 'studio.embed.inline'});
export const shortcodeLabel = () => msg('Shortcode WordPress (extension twin-cities)', {id: 'studio.embed.shortcode'});
export const guideHeading = () => msg('Où mettre le fichier', {id: 'studio.guide.heading'});
export const guideWordPress = () =>
  msg('WordPress : avec l’extension twin-cities, importez ce fichier dans l’écran « Twin cities », qui publie la liste lui-même. Sans elle, la médiathèque refuse les fichiers .json : déposez-le par FTP ou avec le gestionnaire de fichiers de l’hébergeur, par exemple dans wp-content/uploads/.', {
    id: 'studio.guide.wordpress',
  });
export const guideDrupal = () =>
  msg('Drupal, Joomla : leurs gestionnaires de médias refusent souvent les fichiers .json ; ajoutez json aux types de fichiers autorisés dans leurs réglages, déposez le fichier par FTP, ou collez le code avec la liste incluse.', {
    id: 'studio.guide.drupal',
  });
export const guideOther = () =>
  msg('Autre site : tout dossier public du serveur ; pour que vos partenaires le lisent, ajoutez l’en-tête Access-Control-Allow-Origin: *.', {
    id: 'studio.guide.other',
  });
export const guideLinkText = () => msg('Guide complet de publication', {id: 'studio.guide.link'});

// Preview and storage

export const previewHeading = () => msg('Aperçu', {id: 'studio.preview.heading'});
export const previewLanguageLabel = () => msg('Langue de l’aperçu', {id: 'studio.preview.lang'});
export const restoredText = () =>
  msg('Votre travail en cours est de retour : il est gardé dans ce navigateur.', {id: 'studio.restored'});
export const storageFullText = () =>
  msg('Ce navigateur ne peut pas garder une liste aussi longue : téléchargez le fichier pour ne rien perdre.', {
    id: 'studio.storage-full',
  });
