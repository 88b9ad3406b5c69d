import type { Styles } from '@react-pdf/renderer';

type Style = Styles[string];

// The portal's brand colours (app/globals.css), so the printed report looks like the pages.
const BRAND = { 50: '#eef8f8', 200: '#a9dadb', 700: '#0f5f66', 800: '#0c4b51' } as const;
const SLATE = { 200: '#e2e8f0', 600: '#475569', 700: '#334155', 900: '#0f172a' } as const;

// Helvetica and Helvetica-Bold are built into every PDF reader: nothing to embed or fetch.
const bold: Style = { fontFamily: 'Helvetica-Bold' };
// Running text gets its line height here, in points, not from the page: a line height set on the
// page made react-pdf 4.9 drop the footer with the page number (a `render` text) from every page,
// and a unitless one came out about twice as tall as asked.
const prose: Style = { lineHeight: '13pt' };

export const styles = {
  page: { paddingTop: 40, paddingBottom: 56, paddingHorizontal: 48, fontFamily: 'Helvetica', fontSize: 10, color: SLATE[900] },
  brand: { ...bold, fontSize: 9, color: BRAND[700] },
  title: { ...bold, fontSize: 20, lineHeight: 1.2, marginTop: 4 },
  madeOn: { fontSize: 9, color: SLATE[600], marginTop: 2 },
  intro: { ...prose, marginTop: 10, color: SLATE[700] },
  facts: { flexDirection: 'row', flexWrap: 'wrap', marginTop: 8 },
  fact: { width: '50%', marginTop: 4 },
  factLabel: { fontSize: 8, color: SLATE[600] },
  section: { marginTop: 18 },
  heading: { ...bold, fontSize: 13, lineHeight: 1.2, color: BRAND[800], marginBottom: 6 },
  scoreRow: { flexDirection: 'row', alignItems: 'flex-end', marginBottom: 8 },
  scoreValue: { ...bold, fontSize: 36, color: BRAND[800], lineHeight: 1 },
  scoreOutOf: { marginLeft: 6, marginBottom: 4, color: SLATE[600] },
  caption: { ...bold, marginBottom: 4 },
  tableRow: { flexDirection: 'row', alignItems: 'center', borderBottomWidth: 0.5, borderBottomColor: SLATE[200], paddingVertical: 4 },
  tableHead: { ...bold, borderBottomColor: SLATE[600] },
  tableTotal: { ...bold, borderBottomWidth: 0 },
  dimensionCell: { width: '34%' },
  barCell: { width: '36%', paddingRight: 8 },
  numberCell: { width: '15%', textAlign: 'right' },
  barTrack: { height: 6, backgroundColor: BRAND[50], borderRadius: 3 },
  bar: { height: 6, backgroundColor: BRAND[700], borderRadius: 3 },
  note: { ...prose, marginTop: 6, fontSize: 9, color: SLATE[700] },
  className: { ...bold, fontSize: 12, lineHeight: 1.2, color: BRAND[800] },
  paragraph: { ...prose, marginTop: 3, color: SLATE[700] },
  subheading: { ...bold, marginTop: 6 },
  bullet: { flexDirection: 'row', marginTop: 2 },
  bulletMark: { width: 10 },
  bulletText: { ...prose, flex: 1 },
  card: { borderWidth: 0.5, borderColor: BRAND[200], borderRadius: 4, padding: 8, marginBottom: 6 },
  cardHeading: { ...bold, fontSize: 11, lineHeight: 1.2 },
  done: { color: SLATE[600], textDecoration: 'line-through' },
  detail: { ...prose, fontSize: 9, color: SLATE[600] },
  footer: { position: 'absolute', bottom: 24, left: 48, right: 48, fontSize: 8, color: SLATE[600], flexDirection: 'row', justifyContent: 'space-between' },
} satisfies Record<string, Style>;
