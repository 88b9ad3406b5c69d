import type { ComponentProps } from 'react';
import { Document, Page, Text, View } from '@react-pdf/renderer';
import type { ReportText, ScoreRow } from './wording';
import { styles } from './styles';

// react-pdf hyphenates with English patterns by default, which splits Dutch and French words in
// the wrong places (and a copied or searched word would come out broken): lines break between words only.
const wholeWords = (word: string) => [word];

// A section heading moves to the next page rather than stand alone at the bottom of one (points).
const HEADING_KEEP_WITH_NEXT = 60;

function Words(props: ComponentProps<typeof Text>) {
  return <Text hyphenationCallback={wholeWords} {...props} />;
}

function Bullets({ items }: { items: string[] }) {
  return (
    <View>
      {items.map((item) => (
        <View key={item} style={styles.bullet}>
          <Words style={styles.bulletMark}>•</Words>
          <Words style={styles.bulletText}>{item}</Words>
        </View>
      ))}
    </View>
  );
}

function ScoreTableRow({ row, showPeers, total = false }: { row: ScoreRow; showPeers: boolean; total?: boolean }) {
  return (
    <View style={total ? [styles.tableRow, styles.tableTotal] : styles.tableRow}>
      <Words style={styles.dimensionCell}>{row.label}</Words>
      {/* The bar repeats the figure beside it for the eye; the number is what the reader quotes. */}
      <View style={styles.barCell}>
        <View style={styles.barTrack}>
          <View style={[styles.bar, { width: `${row.own}%` }]} />
        </View>
      </View>
      <Words style={styles.numberCell}>{row.own}</Words>
      {showPeers ? <Words style={styles.numberCell}>{row.peers ?? ''}</Words> : null}
    </View>
  );
}

function ScoreSection({ score }: { score: ReportText['score'] }) {
  const showPeers = score.peerHeader !== null;
  return (
    <View style={styles.section}>
      <Words style={styles.heading} minPresenceAhead={HEADING_KEEP_WITH_NEXT}>
        {score.title}
      </Words>
      <View style={styles.scoreRow}>
        <Words style={styles.scoreValue}>{score.overall}</Words>
        <Words style={styles.scoreOutOf}>{score.outOf}</Words>
      </View>
      <Words style={styles.caption}>{score.caption}</Words>
      <View style={[styles.tableRow, styles.tableHead]}>
        <Words style={styles.dimensionCell}>{score.dimensionHeader}</Words>
        <Words style={styles.barCell}> </Words>
        <Words style={styles.numberCell}>{score.ownHeader}</Words>
        {showPeers ? <Words style={styles.numberCell}>{score.peerHeader}</Words> : null}
      </View>
      {score.rows.map((row) => (
        <ScoreTableRow key={row.label} row={row} showPeers={showPeers} />
      ))}
      <ScoreTableRow row={score.total} showPeers={showPeers} total />
      <Words style={styles.note}>{score.peerNote}</Words>
    </View>
  );
}

function CrisisSection({ crisis }: { crisis: ReportText['crisis'] }) {
  return (
    <View style={styles.section} wrap={false}>
      <Words style={styles.heading} minPresenceAhead={HEADING_KEEP_WITH_NEXT}>
        {crisis.title}
      </Words>
      <Words style={styles.className}>{crisis.name}</Words>
      <Words style={styles.paragraph}>{crisis.meaning}</Words>
      <Words style={styles.subheading}>{crisis.because}</Words>
      <Bullets items={crisis.reasons} />
    </View>
  );
}

function StepsSection({ steps }: { steps: ReportText['steps'] }) {
  return (
    <View style={styles.section}>
      <Words style={styles.heading} minPresenceAhead={HEADING_KEEP_WITH_NEXT}>
        {steps.title}
      </Words>
      {steps.items.map((step) => (
        <View key={step.heading} style={styles.card} wrap={false}>
          <Words style={styles.cardHeading}>{step.heading}</Words>
          <Words style={styles.paragraph}>{step.info}</Words>
          <Bullets items={step.reasons} />
        </View>
      ))}
    </View>
  );
}

function AgreedSection({ agreed }: { agreed: ReportText['agreed'] }) {
  return (
    <View style={styles.section}>
      <Words style={styles.heading} minPresenceAhead={HEADING_KEEP_WITH_NEXT}>
        {agreed.title}
      </Words>
      {agreed.items.length === 0 ? <Words style={styles.paragraph}>{agreed.none}</Words> : null}
      {agreed.items.map((step, index) => (
        <View key={index} style={styles.card} wrap={false}>
          <Words style={step.done ? styles.done : styles.cardHeading}>{step.text}</Words>
          {step.detail ? <Words style={styles.detail}>{step.detail}</Words> : null}
        </View>
      ))}
    </View>
  );
}

/** The member's report as a PDF document: layout only, every word comes worded from ./wording. */
export function MemberReportDocument({ text, language }: { text: ReportText; language: string }) {
  return (
    <Document title={text.title} author="Kantelpunt" creator="Kantelpunt" producer="Kantelpunt" language={language}>
      <Page size="A4" style={styles.page}>
        <View style={styles.footer} fixed>
          <Words>{text.madeOn}</Words>
          <Words render={({ pageNumber, totalPages }) => text.pageLabel(pageNumber, totalPages)} />
        </View>
        <Words style={styles.brand}>Kantelpunt</Words>
        <Words style={styles.title}>{text.title}</Words>
        <Words style={styles.madeOn}>{text.madeOn}</Words>
        <View style={styles.facts}>
          {text.facts.map((fact) => (
            <View key={fact.label} style={styles.fact}>
              <Words style={styles.factLabel}>{fact.label}</Words>
              <Words>{fact.value}</Words>
            </View>
          ))}
        </View>
        <Words style={styles.intro}>{text.intro}</Words>
        <ScoreSection score={text.score} />
        <CrisisSection crisis={text.crisis} />
        <StepsSection steps={text.steps} />
        <AgreedSection agreed={text.agreed} />
      </Page>
    </Document>
  );
}
