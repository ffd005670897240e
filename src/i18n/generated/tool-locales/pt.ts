
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'cli.csv.column-names': str`Colunas reconhecidas, com estes nomes ou traduzidos (ver docs/publishing.md): ${0}.`,
'cli.csv.empty': `O ficheiro está vazio: é necessária pelo menos a linha de cabeçalho.`,
'cli.csv.https-added': str`«${0}» não tem https://: será publicado como ${1}.`,
'cli.csv.id-from-name.add': `Acrescente uma coluna id, com um identificador diferente em cada linha. Parceiro ignorado.`,
'cli.csv.id-from-name.empty': `Não é possível criar um identificador a partir deste nome (não tem letras nem algarismos).`,
'cli.csv.id-from-name.fill': `Escreva um identificador na coluna id desta linha. Parceiro ignorado.`,
'cli.csv.id-from-name.repeated': str`O identificador «${0}», criado a partir do nome, já é o de uma linha anterior.`,
'cli.csv.malformed': str`linha ${0}: CSV mal formado.`,
'cli.csv.missing-columns.few': str`Faltam as colunas obrigatórias ${0}.`,
'cli.csv.missing-columns.many': str`Faltam as colunas obrigatórias ${0}.`,
'cli.csv.missing-columns.one': str`Falta a coluna obrigatória ${0}.`,
'cli.csv.missing-columns.other': str`Faltam as colunas obrigatórias ${0}.`,
'cli.csv.no-rows': `Nenhum parceiro: a tabela só tem a linha de cabeçalho. Acrescente uma linha por cidade parceira.`,
'cli.csv.no-valid-rows': `Nenhum parceiro válido: todas as linhas foram ignoradas (ver acima). Não foi escrito nenhum feed.`,
'cli.csv.problem': str`linha ${0}, coluna ${1}: ${2}`,
'cli.csv.since-date': str`«${0}» é uma data: guarda-se apenas o ano ${1}.`,
'cli.csv.spreadsheet': `É um livro de folha de cálculo (Excel, LibreOffice), não um ficheiro CSV: na folha de cálculo, escolha Ficheiro (Arquivo) → Guardar como (Salvar como) → CSV UTF-8 (delimitado por vírgulas).`,
'cli.csv.unclosed-quote': str`linha ${0}: há aspas abertas que nunca são fechadas.`,
'cli.csv.unknown-column': str`Coluna «${0}» desconhecida: ignorada.`,
'cli.csv.unknown-column-suggestion': str`Coluna «${0}» desconhecida: ignorada. Queria dizer ${1}?`,
'cli.csv.unknown-kind': str`Tipo de parceria desconhecido: «${0}» (esperado: ${1}, ${2} ou ${3}). Parceiro ignorado.`,
'cli.csv.unknown-theme': str`Tema «${0}» desconhecido: mostrado tal como está escrito.`,
'cli.error.base': str`«${0}» não é um endereço http ou https`,
'cli.error.country': str`«${0}» não é um código de país ISO 3166-1 de duas letras (por exemplo, PT)`,
'cli.error.encoding': str`codificação desconhecida: «${0}» (${1})`,
'cli.error.extra-argument': str`argumento a mais: ${0}`,
'cli.error.missing-command': `indique um comando: validate, from-csv ou check-reciprocity`,
'cli.error.missing-input': `indique um ficheiro ou um endereço`,
'cli.error.missing-option': str`a opção ${0} é obrigatória`,
'cli.error.missing-value': str`a opção ${0} precisa de um valor`,
'cli.error.no-value': str`a opção ${0} não aceita valor`,
'cli.error.output-is-input': str`-o ${0} é a própria tabela: o feed iria substituí-la. Escolha outro ficheiro, por exemplo jumelages.json.`,
'cli.error.unexpected': str`erro inesperado: ${0}`,
'cli.error.unknown-command': str`comando desconhecido: ${0}`,
'cli.error.unknown-option': str`opção desconhecida: ${0}`,
'cli.help': `twin-cities: ferramentas para os feeds de cidades parceiras (geminações, cooperação descentralizada).

  twin-cities validate &lt;ficheiro-ou-url&gt;… [--json] [--base URL]
      Verifica feeds e explica cada problema.
      --base: o endereço onde o feed será publicado, para resolver os endereços relativos que contém.

  twin-cities from-csv &lt;ficheiro.csv&gt; --city NOME --country CC [-o feed.json] [--encoding E]
      Transforma uma tabela (exportada em CSV de uma folha de cálculo) num feed JSON.
      -o, --output: o ficheiro onde escrever o feed (senão, é mostrado no terminal).
      --encoding: a codificação do ficheiro CSV (utf-8, windows-1250, windows-1252), se for mal detetada.

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
'cli.read.csv': str`É uma tabela CSV, não um feed JSON: para a transformar num feed, execute twin-cities from-csv ${0} --city NOME --country CC.`,
'cli.read.denied': `Leitura recusada: permissões insuficientes.`,
'cli.read.directory': `É uma pasta, não um ficheiro.`,
'cli.read.failed': str`Não foi possível ler o ficheiro (${0}).`,
'cli.read.http': str`O servidor respondeu com o erro ${0}.`,
'cli.read.network': `Servidor inacessível.`,
'cli.read.not-file': `Não é um ficheiro normal: não foi lido.`,
'cli.read.not-found': `Ficheiro não encontrado.`,
'cli.read.outside': `Endereço local fora da pasta do feed indicado: não foi lido.`,
'cli.read.parse': `Não é JSON válido.`,
'cli.read.parse-at': str`Não é JSON válido (linha ${0}, coluna ${1}).`,
'cli.read.timeout': str`Sem resposta após ${0} segundos.`,
'cli.read.too-large': str`O documento excede os ${0} MB.`,
'cli.read.utf16': `Ficheiro guardado em UTF-16: os navegadores não o vão ler. Guarde-o em UTF-8 (é o que faz o from-csv --output).`,
'cli.reciprocity.listed': `também nos lista`,
'cli.reciprocity.missing': `não nos lista`,
'cli.reciprocity.name': `Nome`,
'cli.reciprocity.no-city': `Este feed não indica a sua cidade (nome e país em "city"): os parceiros só o podem reconhecer pelo endereço.`,
'cli.reciprocity.no-feed': `sem feed`,
'cli.reciprocity.partner': `Parceiro`,
'cli.reciprocity.private-address': str`O endereço ${0} é privado ou local: só é lido com --allow-private.`,
'cli.reciprocity.status': `Reciprocidade`,
'cli.reciprocity.summary': str`Parceiros com feed: ${0}; também nos listam: ${1}; não nos listam: ${2}; feeds ilegíveis: ${3}.`,
'cli.reciprocity.unreachable': `feed ilegível`,
'cli.reciprocity.unreadable': str`Feed de ${0} ilegível (${1}): ${2}`,
'cli.usage': `Utilização: twin-cities validate | from-csv | check-reciprocity … (ajuda: twin-cities --help)`,
'cli.usage.check-reciprocity': `Utilização: twin-cities check-reciprocity &lt;ficheiro-ou-url&gt; [--json] [--base URL] [--lang L]`,
'cli.usage.from-csv': `Utilização: twin-cities from-csv &lt;ficheiro.csv&gt; --city NOME --country CC [-o feed.json] [--encoding E] [--lang L]`,
'cli.usage.validate': `Utilização: twin-cities validate &lt;ficheiro-ou-url&gt;… [--json] [--base URL] [--lang L]`,
'cli.validate.first-problems': str`Só são listados os primeiros ${0} problemas.`,
'cli.write.denied': `Escrita recusada: permissões insuficientes.`,
'cli.write.directory': `É uma pasta: indique um ficheiro, por exemplo jumelages.json.`,
'cli.write.failed': str`Não foi possível escrever o ficheiro (${0}).`,
'cli.write.no-folder': `A pasta não existe: crie-a ou escolha outro caminho.`,
    };
  