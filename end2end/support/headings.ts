// The h1 of each page, as the Italian catalogs (app/src/i18n/) write it:
// `expectNoAxeViolations(page, what, H1.x)` waits for that page to have
// rendered (lazy routes load their wasm chunk first) before it scans.
export const H1 = {
  home: "Il PIN online dell'INPS",
  notFound: 'Pagina non trovata',
  login: 'Autenticazione',
  request: 'Richiedi il tuo PIN',
  firstAccess: 'Primo accesso: cambio del PIN',
  myInps: 'MyINPS',
  simulator: 'Simulatore',
  changePin: 'Cambia PIN',
  verifyContacts: 'Verifica dei recapiti',
  /** The title comes with the notice from the server. */
  privacy: /Informativa/,
  activate: 'Attiva PIN',
  restore: 'Ripristina PIN',
  revoke: 'Revoca PIN',
  contacts: 'I tuoi recapiti',
  activity: 'Le tue attività',
  services: 'I suoi servizi',
  convert: 'Converti il tuo PIN in PIN dispositivo',
  backOffice: 'Back office - Conversioni PIN dispositivo',
} as const;
