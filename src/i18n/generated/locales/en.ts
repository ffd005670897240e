
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'error.http': str`The feed ${0} is unavailable (error ${1}).`,
'error.invalid': str`The feed ${0} is not a twin-cities feed (version 1).`,
'error.invalid.inline': `The feed embedded in the page is not a twin-cities feed (version 1).`,
'error.network': str`The feed ${0} could not be loaded. If it is on another site, that site must allow it to be read (Access-Control-Allow-Origin header); otherwise, embed it in the page.`,
'error.parse': str`The feed ${0} is not a valid JSON file.`,
'error.parse.inline': `The feed embedded in the page is not valid JSON.`,
'error.timeout': str`The feed ${0} is taking too long to load.`,
'error.too-large': str`The feed ${0} is over ${1} MB.`,
'inhabitants.few': `inhabitants`,
'inhabitants.many': `inhabitants`,
'inhabitants.one': `inhabitant`,
'inhabitants.other': `inhabitants`,
'invalid.not-object': `The document is not a JSON object.`,
'invalid.partners': `The "partners" field must be a list.`,
'invalid.version': `The "version" field must be 1.`,
'kind.cooperation': `Decentralised cooperation`,
'kind.friendship': `Friendship agreement`,
'kind.twinning': `Twinning`,
'link.read-more': `Read more`,
'link.read-more.label': str`Read more: ${0}`,
'more.button': `Show more`,
'more.status': str`Showing ${0} of ${1} partner towns`,
'population.approximate': str`About ${0} ${1}`,
'population.exact': str`${0} ${1}`,
'population.year': str`${0} (${1})`,
'problem.boolean': str`Expected the value true or false, not “${0}”.`,
'problem.country': str`Unknown ISO 3166-1 country code “${0}”.`,
'problem.dropped': `Value ignored.`,
'problem.duplicate-id': str`Duplicate ID “${0}”.`,
'problem.integer': str`Expected a positive whole number or zero, not “${0}”.`,
'problem.kind': str`Unknown kind of partnership “${0}” (twinning, cooperation or friendship).`,
'problem.location': `Coordinates out of range.`,
'problem.object': str`Expected an object, not “${0}”.`,
'problem.required': `Required field missing or empty.`,
'problem.skipped': `Partner skipped.`,
'problem.text': str`Expected text, not “${0}”.`,
'problem.themes': str`Expected a list of themes, not “${0}”.`,
'problem.url': str`Expected an http(s) address, not “${0}”.`,
'problem.year': str`Expected a year from ${0} to ${1}, not “${2}”.`,
'reciprocity.listed': `Listed by both towns`,
'reciprocity.missing': str`${0} does not list this partnership yet`,
'since.cooperation': str`Cooperation since ${0}`,
'since.friendship': str`Friendship town since ${0}`,
'since.twinning': str`Twin town since ${0}`,
'status.empty': `There are no partner towns at the moment.`,
'status.loading': `Loading partner towns…`,
'status.no-feed': `Set the src attribute to the feed’s address.`,
'theme.culture': `Culture and heritage`,
'theme.education': `Education, youth and sport`,
'theme.energy': `Renewable energy`,
'theme.environment': `Environment`,
'theme.inclusion': `Inclusion and social services`,
'theme.institutions': `Institutional support`,
'theme.social-economy': `Social and solidarity economy`,
'theme.waste': `Waste management`,
'theme.water': `Water and sanitation`,
    };
  