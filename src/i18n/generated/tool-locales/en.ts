
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'cli.csv.column-names': str`Known columns, by these names or translated (see docs/publishing.md): ${0}.`,
'cli.csv.empty': `The file is empty: it needs at least the header row.`,
'cli.csv.https-added': str`“${0}” has no https://: published as ${1}.`,
'cli.csv.id-from-name.add': `Add an id column, with a different ID on each row. Partner skipped.`,
'cli.csv.id-from-name.empty': `No ID can be made from this name (it has no letter or digit).`,
'cli.csv.id-from-name.fill': `Write an ID in the id column of this row. Partner skipped.`,
'cli.csv.id-from-name.repeated': str`The ID “${0}”, made from the name, is already used by an earlier row.`,
'cli.csv.malformed': str`row ${0}: malformed CSV.`,
'cli.csv.missing-columns.few': str`The required columns ${0} are missing.`,
'cli.csv.missing-columns.many': str`The required columns ${0} are missing.`,
'cli.csv.missing-columns.one': str`The required column ${0} is missing.`,
'cli.csv.missing-columns.other': str`The required columns ${0} are missing.`,
'cli.csv.no-rows': `No partners: the sheet has only its header row. Add one row per partner town.`,
'cli.csv.no-valid-rows': `No valid partner: every row was skipped (see above). No feed was written.`,
'cli.csv.problem': str`row ${0}, column ${1}: ${2}`,
'cli.csv.since-date': str`“${0}” is a date: only the year, ${1}, is kept.`,
'cli.csv.spreadsheet': `This is a spreadsheet workbook (Excel, LibreOffice), not a CSV file: in your spreadsheet, choose File → Save As → CSV UTF-8 (Comma delimited).`,
'cli.csv.unclosed-quote': str`row ${0}: unclosed quotation mark.`,
'cli.csv.unknown-column': str`Unknown column “${0}”: ignored.`,
'cli.csv.unknown-column-suggestion': str`Unknown column “${0}”: ignored. Did you mean ${1}?`,
'cli.csv.unknown-kind': str`Unknown kind of partnership: “${0}” (expected ${1}, ${2} or ${3}). Partner skipped.`,
'cli.csv.unknown-theme': str`Unknown theme “${0}”: shown as written.`,
'cli.error.base': str`“${0}” is not an http or https address`,
'cli.error.country': str`“${0}” is not a two-letter ISO 3166-1 country code (for example, GB)`,
'cli.error.encoding': str`unknown encoding: “${0}” (${1})`,
'cli.error.extra-argument': str`unexpected argument: ${0}`,
'cli.error.missing-command': `specify a command: validate, from-csv or check-reciprocity`,
'cli.error.missing-input': `specify a file or an address`,
'cli.error.missing-option': str`option ${0} is required`,
'cli.error.missing-value': str`option ${0} needs a value`,
'cli.error.no-value': str`option ${0} does not take a value`,
'cli.error.output-is-input': str`-o ${0} is the spreadsheet itself: the feed would overwrite it. Choose another file, for example jumelages.json.`,
'cli.error.unexpected': str`unexpected error: ${0}`,
'cli.error.unknown-command': str`unknown command: ${0}`,
'cli.error.unknown-option': str`unknown option: ${0}`,
'cli.help': `twin-cities: tools for partner town feeds (twinning, decentralised cooperation).

  twin-cities validate &lt;file-or-url&gt;… [--json] [--base URL]
      Checks feeds and explains every problem.
      --base: the address where the feed will be published, to resolve its relative addresses.

  twin-cities from-csv &lt;file.csv&gt; --city NAME --country CC [-o feed.json] [--encoding E]
      Turns a CSV file exported from a spreadsheet into a JSON feed.
      -o, --output: the file to write the feed to (otherwise it is printed).
      --encoding: the CSV file’s encoding (utf-8, windows-1250, windows-1252), if it is guessed wrong.

  twin-cities check-reciprocity &lt;file-or-url&gt; [--json] [--base URL]
      Checks that every partner town lists us back in its own feed.

  --lang L: language of the messages (fr, de, en, it, pl, pt).
Exit code: 0 if there are no problems, 1 if there are, 2 for a mistyped command.`,
'cli.partners.few': str`${0} partners`,
'cli.partners.many': str`${0} partners`,
'cli.partners.one': str`${0} partner`,
'cli.partners.other': str`${0} partners`,
'cli.problems.few': str`${0} problems`,
'cli.problems.many': str`${0} problems`,
'cli.problems.one': str`${0} problem`,
'cli.problems.other': str`${0} problems`,
'cli.read.csv': str`This is a CSV table, not a JSON feed: to turn it into one, run twin-cities from-csv ${0} --city NAME --country CC.`,
'cli.read.denied': `Permission denied.`,
'cli.read.directory': `This is a folder, not a file.`,
'cli.read.failed': str`The file cannot be read (${0}).`,
'cli.read.http': str`The server returned error ${0}.`,
'cli.read.network': `The server cannot be reached.`,
'cli.read.not-file': `Not a regular file: not read.`,
'cli.read.not-found': `File not found.`,
'cli.read.outside': `Local address outside the folder of the feed given: not read.`,
'cli.read.parse': `This is not valid JSON.`,
'cli.read.parse-at': str`This is not valid JSON (line ${0}, column ${1}).`,
'cli.read.timeout': str`No response after ${0} seconds.`,
'cli.read.too-large': str`The document is larger than ${0} MB.`,
'cli.read.utf16': `This file is saved as UTF-16, which browsers will not read. Save it as UTF-8 (from-csv --output does that).`,
'cli.reciprocity.listed': `lists us back`,
'cli.reciprocity.missing': `does not list us`,
'cli.reciprocity.name': `Name`,
'cli.reciprocity.no-city': `This feed does not name its town (name and country in "city"): its partners can only recognise it by its address.`,
'cli.reciprocity.no-feed': `no feed`,
'cli.reciprocity.partner': `Partner`,
'cli.reciprocity.private-address': str`The address ${0} is private or local: it is read only with --allow-private.`,
'cli.reciprocity.status': `Reciprocity`,
'cli.reciprocity.summary': str`Partners with a feed: ${0}; list us back: ${1}; do not list us: ${2}; unreadable feeds: ${3}.`,
'cli.reciprocity.unreachable': `unreadable feed`,
'cli.reciprocity.unreadable': str`Cannot read the feed of ${0} (${1}): ${2}`,
'cli.usage': `Usage: twin-cities validate | from-csv | check-reciprocity … (twin-cities --help for help)`,
'cli.usage.check-reciprocity': `Usage: twin-cities check-reciprocity &lt;file-or-url&gt; [--json] [--base URL] [--lang L]`,
'cli.usage.from-csv': `Usage: twin-cities from-csv &lt;file.csv&gt; --city NAME --country CC [-o feed.json] [--encoding E] [--lang L]`,
'cli.usage.validate': `Usage: twin-cities validate &lt;file-or-url&gt;… [--json] [--base URL] [--lang L]`,
'cli.validate.first-problems': str`Only the first ${0} problems are listed.`,
'cli.write.denied': `Permission denied: the file cannot be written.`,
'cli.write.directory': `This is a folder: give a file name, for example jumelages.json.`,
'cli.write.failed': str`Cannot write the file (${0}).`,
'cli.write.no-folder': `The folder does not exist: create it, or choose another path.`,
    };
  