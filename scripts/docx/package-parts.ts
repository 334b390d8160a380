// Package parts around word/document.xml, and the zip writer.
import PizZip from 'pizzip';
import { extractParagraphStyles, paragraphStylesXml, type ParagraphStyle } from './paragraph-styles.ts';
import { escapeXml, NS_W, XML_DECL } from './xml.ts';

export interface DocxPartsOptions {
  title: string;
  /** Complete word/document.xml. */
  documentXml: string;
  creator?: string;
  /** Fixed timestamp keeps the generated file byte-stable between builds. */
  created?: Date;
  /** Default body font size in half-points. */
  defaultSize?: number;
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT_MAIN = 'application/vnd.openxmlformats-officedocument';

const contentTypes =
  `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  `<Override PartName="/word/document.xml" ContentType="${CT_MAIN}.wordprocessingml.document.main+xml"/>` +
  `<Override PartName="/word/styles.xml" ContentType="${CT_MAIN}.wordprocessingml.styles+xml"/>` +
  `<Override PartName="/word/settings.xml" ContentType="${CT_MAIN}.wordprocessingml.settings+xml"/>` +
  `<Override PartName="/word/fontTable.xml" ContentType="${CT_MAIN}.wordprocessingml.fontTable+xml"/>` +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
  `<Override PartName="/docProps/app.xml" ContentType="${CT_MAIN}.extended-properties+xml"/>` +
  '</Types>';

const packageRels =
  `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>` +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` +
  '</Relationships>';

const documentRels =
  `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>` +
  `<Relationship Id="rId2" Type="${REL}/settings" Target="settings.xml"/>` +
  `<Relationship Id="rId3" Type="${REL}/fontTable" Target="fontTable.xml"/>` +
  '</Relationships>';

function stylesXml(size: number, paragraphStyles: readonly ParagraphStyle[]): string {
  const fonts = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋" w:cs="Times New Roman"/>';
  // Left-aligned, not justified: with justified CJK text, LibreOffice drops a comma that hangs
  // past the right margin at a line end, so the printed text would lose punctuation.
  return (
    `${XML_DECL}<w:styles xmlns:w="${NS_W}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr>${fonts}<w:kern w:val="2"/>` +
    `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/>` +
    '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>' +
    '<w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:jc w:val="left"/></w:pPr></w:pPrDefault></w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">' +
    '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>' +
    '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>' +
    '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>' +
    '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>' +
    '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
    paragraphStylesXml(paragraphStyles) +
    '</w:styles>'
  );
}

const settings =
  `${XML_DECL}<w:settings xmlns:w="${NS_W}">` +
  '<w:zoom w:percent="100"/><w:bordersDoNotSurroundHeader/><w:bordersDoNotSurroundFooter/>' +
  '<w:defaultTabStop w:val="420"/><w:drawingGridVerticalSpacing w:val="156"/>' +
  '<w:characterSpacingControl w:val="compressPunctuation"/>' +
  // Current compatibility mode, so Word does not open the file in compatibility view.
  '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
  '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>' +
  '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>';

/** Font declarations let editors without these fonts pick a matching substitute. */
function fontEntry(name: string, altName: string | null, charset: string, family: string, pitch: string): string {
  const alt = altName ? `<w:altName w:val="${altName}"/>` : '';
  return `<w:font w:name="${name}">${alt}<w:charset w:val="${charset}"/><w:family w:val="${family}"/><w:pitch w:val="${pitch}"/></w:font>`;
}

const fontTable =
  `${XML_DECL}<w:fonts xmlns:w="${NS_W}">` +
  fontEntry('Times New Roman', null, '00', 'roman', 'variable') +
  fontEntry('仿宋', 'FangSong', '86', 'modern', 'fixed') +
  fontEntry('黑体', 'SimHei', '86', 'modern', 'fixed') +
  fontEntry('方正小标宋简体', '黑体', '86', 'script', 'variable') +
  fontEntry('宋体', 'SimSun', '86', 'auto', 'variable') +
  '</w:fonts>';

function coreXml(title: string, creator: string, created: Date): string {
  const when = created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    `${XML_DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(title)}</dc:title><dc:creator>${escapeXml(creator)}</dc:creator>` +
    `<cp:lastModifiedBy>${escapeXml(creator)}</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`
  );
}

function appXml(creator: string): string {
  return (
    `${XML_DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ` +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    `<Application>${escapeXml(creator)}</Application><DocSecurity>0</DocSecurity></Properties>`
  );
}

/** All package parts, keyed by zip path, content types first. */
export function docxParts(opts: DocxPartsOptions): Record<string, string> {
  const creator = opts.creator ?? 'zjtx';
  const created = opts.created ?? new Date(Date.UTC(2025, 0, 1));
  const { documentXml, styles } = extractParagraphStyles(opts.documentXml);
  return {
    '[Content_Types].xml': contentTypes,
    '_rels/.rels': packageRels,
    'word/document.xml': documentXml,
    'word/_rels/document.xml.rels': documentRels,
    'word/styles.xml': stylesXml(opts.defaultSize ?? 24, styles),
    'word/settings.xml': settings,
    'word/fontTable.xml': fontTable,
    'docProps/core.xml': coreXml(opts.title, creator, created),
    'docProps/app.xml': appXml(creator),
  };
}

/** Zips parts in insertion order with a fixed timestamp, so identical input gives identical bytes. */
export function buildDocx(parts: Record<string, string>, date = new Date(Date.UTC(2025, 0, 1))): Uint8Array {
  const zip = new PizZip();
  for (const [path, xml] of Object.entries(parts)) zip.file(path, xml, { date });
  return zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
}
