
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'error.http': str`O feed ${0} está indisponível (erro ${1}).`,
'error.invalid': str`O feed ${0} não é um feed twin-cities (versão 1).`,
'error.invalid.inline': `O feed incorporado na página não é um feed twin-cities (versão 1).`,
'error.network': str`Não foi possível carregar o feed ${0}. Se estiver em outro site, esse site deve permitir a leitura (cabeçalho Access-Control-Allow-Origin); caso contrário, incorpore-o na página.`,
'error.parse': str`O feed ${0} não é um ficheiro JSON válido.`,
'error.parse.inline': `O feed incorporado na página não é JSON válido.`,
'error.timeout': str`O feed ${0} não respondeu a tempo.`,
'error.too-large': str`O feed ${0} excede ${1} MB.`,
'inhabitants.few': `habitantes`,
'inhabitants.many': `habitantes`,
'inhabitants.one': `habitante`,
'inhabitants.other': `habitantes`,
'invalid.not-object': `O documento não é um objeto JSON.`,
'invalid.partners': `O campo "partners" deve ser uma lista.`,
'invalid.version': `O campo "version" deve ter o valor 1.`,
'kind.cooperation': `Cooperação descentralizada`,
'kind.friendship': `Acordo de amizade`,
'kind.twinning': `Geminação`,
'link.read-more': `Ler mais`,
'link.read-more.label': str`Ler mais: ${0}`,
'more.button': `Mostrar mais`,
'more.status': str`Cidades parceiras mostradas: ${0} de ${1}`,
'population.approximate': str`Cerca de ${0} ${1}`,
'population.exact': str`${0} ${1}`,
'population.year': str`${0} (${1})`,
'problem.boolean': str`Esperava-se o valor true ou false em vez de «${0}».`,
'problem.country': str`Código de país ISO 3166-1 desconhecido: «${0}».`,
'problem.dropped': `Valor ignorado.`,
'problem.duplicate-id': str`O identificador «${0}» já está em uso.`,
'problem.integer': str`Esperava-se um número inteiro positivo ou zero em vez de «${0}».`,
'problem.kind': str`Tipo de parceria desconhecido: «${0}» (twinning, cooperation ou friendship).`,
'problem.location': `Coordenadas fora dos limites.`,
'problem.object': str`Esperava-se um objeto em vez de «${0}».`,
'problem.required': `Campo obrigatório ausente ou vazio.`,
'problem.skipped': `Parceiro ignorado.`,
'problem.text': str`Esperava-se um texto em vez de «${0}».`,
'problem.themes': str`Esperava-se uma lista de temas em vez de «${0}».`,
'problem.url': str`Esperava-se um endereço http(s) em vez de «${0}».`,
'problem.year': str`Esperava-se um ano entre ${0} e ${1} em vez de «${2}».`,
'reciprocity.listed': `Indicada pelas duas cidades`,
'reciprocity.missing': str`${0} ainda não menciona esta parceria`,
'since.cooperation': str`Cooperação desde ${0}`,
'since.friendship': str`Cidade amiga desde ${0}`,
'since.twinning': str`Geminada desde ${0}`,
'status.empty': `Por enquanto, não há cidades parceiras.`,
'status.loading': `A carregar as cidades parceiras…`,
'status.no-feed': `Indique o endereço do feed no atributo src.`,
'theme.culture': `Cultura e património`,
'theme.education': `Educação, juventude e desporto`,
'theme.energy': `Energias renováveis`,
'theme.environment': `Meio ambiente`,
'theme.inclusion': `Inclusão e ação social`,
'theme.institutions': `Apoio institucional`,
'theme.social-economy': `Economia social e solidária`,
'theme.waste': `Gestão de resíduos`,
'theme.water': `Água e saneamento`,
    };
  