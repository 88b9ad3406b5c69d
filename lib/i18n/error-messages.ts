/**
 * The `error` namespace of messages/{nl,fr,en}.json, for app/global-error.tsx only: that boundary
 * has no provider and ships with every page's JavaScript, and importing the JSON files would ship
 * all three catalogues (~160 kB; the bundler does not tree-shake JSON). tests/unit/i18n-messages.test.ts
 * fails when this copy and the catalogues differ: edit the catalogues, then copy the namespace here.
 */
export const ERROR_MESSAGES = {
  nl: {
    title: 'Er ging iets mis',
    text: 'We konden deze pagina niet tonen. Probeer het opnieuw; blijft het probleem, neem dan contact op met de federatie.',
    retry: 'Opnieuw proberen',
    reference: 'Foutcode: {id}',
    referenceHint: 'Vermeld deze code als je contact opneemt: zo vinden we wat er gebeurde.',
    home: 'Naar de startpagina',
    databaseTitle: 'Kantelpunt is even niet bereikbaar',
    databaseText: 'Onze database antwoordt op dit moment niet. Je gegevens zijn veilig. Probeer het over enkele minuten opnieuw.',
    pageTitle: 'Fout – Kantelpunt',
  },
  fr: {
    title: 'Un problème est survenu',
    text: "Nous n'avons pas pu afficher cette page. Réessayez ; si le problème persiste, contactez la fédération.",
    retry: 'Réessayer',
    reference: "Code d'erreur : {id}",
    referenceHint: "Mentionnez ce code si vous nous contactez : il nous permet de retrouver ce qui s'est passé.",
    home: "Vers la page d'accueil",
    databaseTitle: 'Kantelpunt est momentanément indisponible',
    databaseText: 'Notre base de données ne répond pas pour le moment. Vos données sont en sécurité. Réessayez dans quelques minutes.',
    pageTitle: 'Erreur – Kantelpunt',
  },
  en: {
    title: 'Something went wrong',
    text: 'We could not show this page. Please try again; if the problem persists, contact the federation.',
    retry: 'Try again',
    reference: 'Error code: {id}',
    referenceHint: 'Mention this code when you contact us: it lets us find what happened.',
    home: 'Go to the home page',
    databaseTitle: 'Kantelpunt is temporarily unavailable',
    databaseText: 'Our database is not answering right now. Your data is safe. Please try again in a few minutes.',
    pageTitle: 'Error – Kantelpunt',
  },
} as const;
