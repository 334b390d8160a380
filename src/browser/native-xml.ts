/**
 * What `@xmldom/xmldom` resolves to in the browser bundle (src/integrations/native-xml.ts): the
 * browser's own XML parser and serializer. docxtemplater parses only a document's
 * `[Content_Types].xml` and root relationships this way (its document parts go through its own
 * lexer), which the browser does natively. xmldom is about half of the generator's code, some
 * 30 KB gzip, and at start-up it freezes its table of two thousand HTML entities, which XML never
 * uses: both came with the first download. Node (the command line, the tests) keeps xmldom.
 */
export const DOMParser = globalThis.DOMParser;
export const XMLSerializer = globalThis.XMLSerializer;
