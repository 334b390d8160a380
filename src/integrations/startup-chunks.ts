/**
 * How the code a page needs before its first input is cut into files. Left to itself, the bundler
 * makes one file per set of pages and lazy imports sharing some modules: a form page loaded 17 files,
 * six of them under 2.5 KB. Each file is a request, a compile task and an evaluation: about 9 ms of
 * the main thread at 4× CPU per file. Grouped (9 files then, 8 now that the editor and the form are
 * one), interleaved A/B rounds of mount went 1022 → 904 ms and 1128 → 1004 ms on /enterprise/,
 * 1066 → 990 ms and 1032 → 858 ms on /platform/ (medians), and the gzipped bytes fell by 3–4 KB.
 *
 * Each group lists the modules that the same pages need at start. The lists are explicit: rolldown
 * also captures what a listed module imports, but into whichever group it meets first, and a shared
 * module could then pull a bigger group into a page that does not need it (with roots alone, the
 * platform page loaded the enterprise definition, and /dossiers/ the forms' validation). Groups are
 * matched in order, smaller sets of sharers first. A module left out is not lost: it lands in a small
 * file of its own, as before. `tests/contract/bundle-weight.test.ts` holds the result: how many files
 * each page loads at start, and that no page carries another's code.
 */
type Group = { name: string; test: (id: string) => boolean };

const under = (pattern: RegExp) => (id: string) => pattern.test(id.replace(/\\/g, '/'));

export const STARTUP_CHUNK_GROUPS: Group[] = [
  // Every page with an island: Preact, its React layer and Astro's renderer for it.
  { name: 'preact', test: under(/\/node_modules\/(preact\/(dist|hooks|compat|jsx-runtime)\/|@astrojs\/preact\/dist\/)|vite\/preload-helper/) },
  // Every page with an island, /dossiers/ included: the bar that names the open dossier, and the dossier store.
  { name: 'dossier-bar', test: under(/\/src\/(components\/DossierBar\.tsx|core\/(dossier\/paths|text\/shown-name)\.ts|browser\/dossier-(db|lock|session)\.ts)$/) },
  // The three pages that read and check answers: the schemas they share, validation, the draft, the file drop
  // and the frame of their lazily loaded parts (left out, it went with the editor, which the desk then loaded).
  {
    name: 'forms-common',
    test: under(
      new RegExp(
        '/src/(core/(' +
          ['errors', 'rules', 'util/objects', 'formats/(uscc|standard|numbers)', 'text/(count-chars|line-count)', 'schema/(store|resolve|at-path)', 'docx/(cover-name|sign-name)'].join('|') +
          '|' +
          ['annexes/(applying|schemas|applicant-names)', 'dossier/(gates|skeleton|read)', 'enterprise/derived'].join('|') +
          '|validate/(validate|validators|schema-key|translate|runtime|generated/(index|validators-rules))' +
          ')\\.(ts|js)|components/((form-latest|use-dossier|save-state|use-validators|use-file-drop)\\.ts|lazy-part\\.tsx)|browser/dossier-early\\.ts)$' +
          '|/schemas/(common|answer-file|city|reference/sichuan)\\.schema\\.json$',
      ),
    ),
  },
  // The two form pages: the editor and JSON Forms with our renderers. The desk's read-only viewer, loaded when asked, uses the form too.
  { name: 'editor', test: under(/\/src\/components\/(AnnexForm|DossierEditor)\.tsx$/) },
  // One applicant's definition: the enterprise page and the 市（州） desk need it, the platform page does not.
  {
    name: 'enterprise-def',
    test: under(/\/schemas\/((enterprise|annex[123])\.(ui)?schema|reference\/gbt4754-2017\.schema)\.json$|\/src\/core\/(enterprise\/(eligibility|target-fields|target-checks)|annexes\/(annex[123]|enterprise))\.ts$/),
  },
  // And the platform's.
  {
    name: 'platform-def',
    test: under(/\/schemas\/(platform|annex4(-\d)?)\.(ui)?schema\.json$|\/src\/core\/(platform\/(checks|derived|category|eligibility|recognition)|annexes\/(annex4(-\d)?|annex4-tables|annex4-plans|platform)|reference\/sichuan)\.ts$/),
  },
];
