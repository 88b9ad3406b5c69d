// The Lighthouse yardstick (bench/scan-measure.ts): a page of text about the size of the landing
// page, rendered on request, with the framework's own script and nothing else: no client
// component, no stylesheet, no font, no translations.
export const dynamic = 'force-dynamic';

const SECTIONS = ['Verhalen', 'Hoe het werkt', 'Cijfers', 'Voor wie'];

export default function TextPage() {
  return (
    <main>
      <p>Programma van de federatie</p>
      <h1>Kantel naar de winnende kant van de crisis</h1>
      <p>
        De crisis maakt winnaars en verliezers. Voor veel ondernemers is digitalisering de reddingsboei die hen naar de winnende kant doet
        kantelen. Doe de gratis scan, zie waar je staat tegenover je sector en krijg begeleiding van een adviseur uit je regio.
      </p>
      <p>
        <a href="/scan">Doe de gratis scan</a> <a href="/register">Registreer je onderneming</a> <a href="/login">Aanmelden</a>
      </p>
      {SECTIONS.map((title) => (
        <section key={title}>
          <h2>{title}</h2>
          <ul>
            {[1, 2, 3, 4].map((n) => (
              <li key={n}>
                <h3>
                  {title} {n}
                </h3>
                <p>
                  Een frituur neemt 80% van de bestellingen online aan, een psycholoog consulteert via video, een boetiek adviseert klanten via
                  videobellen en een exporteur sluit deals op afstand.
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </main>
  );
}
