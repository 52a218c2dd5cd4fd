/**
 * Workbooks as openpyxl (and Excel) write them, built from their XML parts in a zip, for the
 * tests of reading files that exceljs did not write: openpyxl's absolute relationship targets
 * (`/xl/worksheets/sheet1.xml`), a cell comment with its VML drawing, an Excel table
 * (ListObject) and a chart. One sheet `Документы` with a small documents register.
 */
import { writeFileSync } from 'node:fs';
import JSZip from 'jszip';

export type Extra = 'comment' | 'table' | 'chart';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

const HEADER = ['Тип', 'Номер', 'Клиент', 'Сумма', 'Срок оплаты', 'Статус', 'Email клиента'];
const ROWS: (string | number)[][] = [
  ['счёт', 'СЧ-1', 'Ромашка', 10000, '27.11.2026', 'отправлен', 'buh@romashka.example.ru'],
  ['счёт', 'СЧ-2', 'Лютик', 25000, '09.12.2026', 'отправлен', 'fin@lutik.example.ru'],
];

const COLUMNS = 'ABCDEFG';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function sheetXml(strings: string[], extras: Extra[]): string {
  const cell = (value: string | number, ref: string): string => {
    if (typeof value === 'number') return `<c r="${ref}"><v>${value}</v></c>`;
    let index = strings.indexOf(value);
    if (index < 0) index = strings.push(value) - 1;
    return `<c r="${ref}" t="s"><v>${index}</v></c>`;
  };
  const rows = [HEADER, ...ROWS]
    .map(
      (row, r) =>
        `<row r="${r + 1}">${row.map((value, c) => cell(value, `${COLUMNS[c]}${r + 1}`)).join('')}</row>`,
    )
    .join('');
  const ids = relationshipIds(extras);
  const tail = [
    ids.drawing ? `<drawing r:id="${ids.drawing}"/>` : '',
    ids.vml ? `<legacyDrawing r:id="${ids.vml}"/>` : '',
    ids.table ? `<tableParts count="1"><tablePart r:id="${ids.table}"/></tableParts>` : '',
  ].join('');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="${NS}" xmlns:r="${REL}">` +
    `<sheetPr><outlinePr summaryBelow="1" summaryRight="1"/><pageSetUpPr/></sheetPr>` +
    `<dimension ref="A1:G${ROWS.length + 1}"/><sheetViews><sheetView workbookViewId="0"><selection activeCell="A1" sqref="A1"/></sheetView></sheetViews>` +
    `<sheetFormatPr baseColWidth="8" defaultRowHeight="15"/><sheetData>${rows}</sheetData>` +
    `<pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" footer="0.5"/>${tail}</worksheet>`
  );
}

/** The sheet's relationship ids, numbered in openpyxl's order: drawing, comments, VML, table. */
function relationshipIds(extras: Extra[]): Partial<Record<'drawing' | 'comments' | 'vml' | 'table', string>> {
  const ids: Partial<Record<'drawing' | 'comments' | 'vml' | 'table', string>> = {};
  let next = 0;
  const id = () => `rId${++next}`;
  if (extras.includes('chart')) ids.drawing = id();
  if (extras.includes('comment')) {
    ids.comments = id();
    ids.vml = id();
  }
  if (extras.includes('table')) ids.table = id();
  return ids;
}

function sheetRels(extras: Extra[]): string {
  const ids = relationshipIds(extras);
  const rels = [
    ids.drawing &&
      `<Relationship Id="${ids.drawing}" Type="${REL}/drawing" Target="/xl/drawings/drawing1.xml"/>`,
    ids.comments &&
      `<Relationship Id="${ids.comments}" Type="${REL}/comments" Target="/xl/comments/comment1.xml"/>`,
    ids.vml &&
      `<Relationship Id="${ids.vml}" Type="${REL}/vmlDrawing" Target="/xl/drawings/commentsDrawing1.vml"/>`,
    ids.table && `<Relationship Id="${ids.table}" Type="${REL}/table" Target="/xl/tables/table1.xml"/>`,
  ].filter(Boolean);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="${PKG}">${rels.join('')}</Relationships>`;
}

const COMMENT = `<?xml version="1.0" encoding="UTF-8"?>
<comments xmlns="${NS}"><authors><author>Бухгалтер</author></authors><commentList><comment ref="D2" authorId="0" shapeId="0"><text><t>Проверить сумму с актом</t></text></comment></commentList></comments>`;

const COMMENT_VML = `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:AutoFill>False</x:AutoFill><x:Row>1</x:Row><x:Column>3</x:Column></x:ClientData></v:shape></xml>`;

const TABLE = `<?xml version="1.0" encoding="UTF-8"?>
<table xmlns="${NS}" id="1" name="Документы" displayName="Invoices" ref="A1:G${ROWS.length + 1}"><autoFilter ref="A1:G${ROWS.length + 1}"/><tableColumns count="7">${HEADER.map((name, i) => `<tableColumn id="${i + 1}" name="${escapeXml(name)}"/>`).join('')}</tableColumns><tableStyleInfo name="TableStyleMedium9" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`;

const DRAWING = `<?xml version="1.0" encoding="UTF-8"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:oneCellAnchor><xdr:from><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="5400000" cy="2700000"/><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="1" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId1" xmlns:r="${REL}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>`;

const DRAWING_RELS = `<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/chart" Target="/xl/charts/chart1.xml"/></Relationships>`;

const CHART = `<?xml version="1.0" encoding="UTF-8"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>'Документы'!$D$2:$D$${ROWS.length + 1}</c:f></c:numRef></c:val></c:ser><c:axId val="10"/><c:axId val="100"/></c:barChart><c:catAx><c:axId val="10"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="100"/></c:catAx><c:valAx><c:axId val="100"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="10"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;

const STYLES = `<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="${NS}"><numFmts count="0"/><fonts count="1"><font><name val="Calibri"/><family val="2"/><color theme="1"/><sz val="11"/><scheme val="minor"/></font></fonts><fills count="2"><fill><patternFill/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" pivotButton="0" quotePrefix="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0" hidden="0"/></cellStyles><tableStyles count="0" defaultTableStyle="TableStyleMedium9" defaultPivotStyle="PivotStyleLight16"/></styleSheet>`;

/** The zip openpyxl would write for one documents sheet with the given extras. */
export async function openpyxlWorkbook(extras: Extra[]): Promise<Buffer> {
  const zip = new JSZip();
  const strings: string[] = [];
  const sheet = sheetXml(strings, extras);
  const overrides = [
    ['/xl/workbook.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'],
    [
      '/xl/worksheets/sheet1.xml',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
    ],
    ['/xl/styles.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml'],
    [
      '/xl/sharedStrings.xml',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml',
    ],
    ['/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'],
    ['/docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml'],
  ];
  if (extras.includes('comment'))
    overrides.push([
      '/xl/comments/comment1.xml',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
    ]);
  if (extras.includes('table'))
    overrides.push([
      '/xl/tables/table1.xml',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
    ]);
  if (extras.includes('chart')) {
    overrides.push([
      '/xl/drawings/drawing1.xml',
      'application/vnd.openxmlformats-officedocument.drawing+xml',
    ]);
    overrides.push([
      '/xl/charts/chart1.xml',
      'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
    ]);
  }
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${extras.includes('comment') ? '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>' : ''}${overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join('')}</Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
  );
  zip.file(
    'docProps/app.xml',
    `<?xml version="1.0" encoding="UTF-8"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application><AppVersion>3.1</AppVersion></Properties>`,
  );
  zip.file(
    'docProps/core.xml',
    `<?xml version="1.0" encoding="UTF-8"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>openpyxl</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2026-12-01T09:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2026-12-01T09:00:00Z</dcterms:modified></cp:coreProperties>`,
  );
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8"?>\n<workbook xmlns="${NS}" xmlns:r="${REL}"><workbookPr/><workbookProtection/><bookViews><workbookView visibility="visible" minimized="0" showHorizontalScroll="1" showVerticalScroll="1" showSheetTabs="1" tabRatio="600" firstSheet="0" activeTab="0" autoFilterDateGrouping="1"/></bookViews><sheets><sheet name="Документы" sheetId="1" state="visible" r:id="rId1"/></sheets><definedNames/><calcPr calcId="124519" fullCalcOnLoad="1"/></workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${REL}/theme" Target="theme/theme1.xml"/><Relationship Id="rId4" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  zip.file('xl/styles.xml', STYLES);
  zip.file('xl/worksheets/sheet1.xml', sheet);
  if (extras.length) zip.file('xl/worksheets/_rels/sheet1.xml.rels', sheetRels(extras));
  zip.file(
    'xl/sharedStrings.xml',
    `<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="${NS}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${escapeXml(s)}</t></si>`).join('')}</sst>`,
  );
  if (extras.includes('comment')) {
    zip.file('xl/comments/comment1.xml', COMMENT);
    zip.file('xl/drawings/commentsDrawing1.vml', COMMENT_VML);
  }
  if (extras.includes('table')) zip.file('xl/tables/table1.xml', TABLE);
  if (extras.includes('chart')) {
    zip.file('xl/drawings/drawing1.xml', DRAWING);
    zip.file('xl/drawings/_rels/drawing1.xml.rels', DRAWING_RELS);
    zip.file('xl/charts/chart1.xml', CHART);
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

export async function writeOpenpyxlWorkbook(file: string, extras: Extra[]): Promise<void> {
  writeFileSync(file, await openpyxlWorkbook(extras));
}
