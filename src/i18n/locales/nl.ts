/** Dutch. Formal address (u); "cliënt" is what a practice calls its client. */
import type { Catalogue } from '../catalogue.js';

const nl: Catalogue = {
  dir: 'ltr',
  statuses: {
    processed: {
      label: 'Verwerkt',
      meaning:
        'De e-maildienst heeft dit bericht ontvangen en bereidt de bezorging voor. Elk bericht begint hier, tenzij het wordt tegengehouden.',
    },
    dropped: {
      label: 'Tegengehouden',
      meaning:
        'De e-maildienst heeft dit bericht niet verstuurd, bijvoorbeeld omdat er spam in werd gevonden of omdat dit adres eerder onbestelbaar was.',
      action:
        'Controleer het e-mailadres in de contactgegevens van de cliënt, corrigeer het of vraag uw cliënt om een actueel adres, en verstuur de factuur daarna opnieuw.',
    },
    deferred: {
      label: 'Uitgesteld',
      meaning:
        'De ontvangende server heeft het bericht nog niet geaccepteerd, maar ook niet geweigerd (een soft bounce). De e-maildienst blijft het tot 72 uur lang proberen; daarna wordt het geblokkeerd.',
      action:
        'Nog niets te doen. Is het na 72 uur nog steeds niet bezorgd, bevestig het adres dan bij uw cliënt en verstuur de factuur opnieuw.',
    },
    bounce: {
      label: 'Onbestelbaar',
      meaning:
        'De ontvangende server kon of wilde het bericht niet accepteren. Meestal is het adres verouderd of verkeerd gespeld.',
      action:
        'Controleer de contactgegevens van de cliënt of vraag uw cliënt om actuele gegevens, en verstuur de factuur daarna opnieuw. Zolang het adres niet is gecorrigeerd, worden volgende e-mails naar dit adres tegengehouden.',
    },
    blocked: {
      label: 'Geblokkeerd',
      meaning:
        'Het bericht werd uitgesteld en de e-maildienst heeft het na 72 uur vergeefse bezorgpogingen opgegeven.',
      action: 'Bevestig het adres bij uw cliënt, of gebruik een ander adres, en verstuur de factuur daarna opnieuw.',
    },
    delivered: {
      label: 'Bezorgd',
      meaning:
        'De ontvangende server heeft het bericht geaccepteerd. Dat garandeert niet dat het in het postvak IN is aangekomen: de server van de ontvanger kan het nog verwijderen, in quarantaine plaatsen of als ongewenst markeren.',
      action: 'Kan uw cliënt het niet vinden, vraag dan de map met ongewenste e-mail of spam te controleren.',
    },
    open: {
      label: 'Geopend',
      meaning:
        'Het bericht is bekeken met afbeeldingen ingeschakeld. Dit wordt bij elke weergave gemeld. Openen wordt alleen gezien als afbeeldingen laden, dus als ‘Geopend’ ontbreekt, betekent dat niet dat het niet is gelezen.',
    },
    click: {
      label: 'Geklikt',
      meaning:
        'Er is op een link in het bericht geklikt. Het bericht is dus ontvangen en geopend, ook als afbeeldingen uit stonden.',
    },
    spamreport: {
      label: 'Als spam gemeld',
      meaning:
        'De ontvanger heeft deze e-mail als spam gemarkeerd. Diens e-mailprovider kan uw e-mails nu als ongewenst behandelen, en de e-maildienst verstuurt niets meer naar dit adres tot de melding is opgeheven.',
      action:
        'Neem op een andere manier contact op met uw cliënt (telefonisch of met een persoonlijk bericht) om zeker te weten dat de factuur is ontvangen, en vraag om uw adres als veilig te markeren. Verstuur de factuur pas daarna weer naar dit adres.',
    },
    unsubscribe: {
      label: 'Afgemeld',
      meaning:
        'De ontvanger heeft de afmeldlink gebruikt. De e-maildienst verstuurt mogelijk geen e-mails meer naar dit adres.',
      action:
        'Vraag uw cliënt hoe facturen voortaan moeten worden ontvangen, en werk de contactgegevens bij voordat u opnieuw verstuurt.',
    },
  },
  unknownStatus: 'De e-maildienst meldde ‘{status}’, een status die deze weergave niet beschrijft.',
  recipientTypes: { to: 'Aan', cc: 'CC', bcc: 'BCC' },
  otherRecipientType: 'Overig',
  badgeCount: '{label} ×{count}',
  badgeName: { one: '{label}', other: '{label}, {count} keer' },

  timeUnknown: 'Tijdstip onbekend',
  timeAgo: '{time} ({ago})',
  whatToDo: 'Wat te doen:',
  attempt: 'Poging {n}',
  reason: 'Reden: {text}',
  response: 'Antwoord van de server: {text}',
  link: 'Koppeling: {url}',
  automatedOpen: 'Automatisch geopend (door een privacyproxy of scanner, niet per se een persoon)',
  occurrenceSummary: {
    one: 'Gemeld {list}.',
    other: '{count} keer gemeld: {list}.',
  },

  sentBy: 'Verzonden door {name}',
  recipientCount: { one: '{count} ontvanger', other: '{count} ontvangers' },
  statusesOf: 'Statussen voor {who}',
  noStatuses: 'Nog geen status gemeld',
  historyLabel: 'E-mailgeschiedenis',

  loading: 'E-mailgeschiedenis laden…',
  renderingProgress: '{shown} van {total} verzendingen weergegeven…',
  refreshing: 'Bijwerken…',
  empty: 'Deze factuur is nog niet verzonden.',
  retry: 'Opnieuw proberen',
  errorTitle: 'De e-mailgeschiedenis kon niet worden geladen.',
  errors: {
    http: 'De server antwoordde {status}{statusText}.',
    network: 'De server is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.',
    timeout: {
      one: 'De server heeft niet binnen {seconds} seconde geantwoord.',
      other: 'De server heeft niet binnen {seconds} seconden geantwoord.',
    },
    noContent: 'De server antwoordde zonder inhoud.',
    html: 'De server stuurde een webpagina in plaats van de e-mailgeschiedenis. Mogelijk moet u opnieuw inloggen.',
    notJson: 'De server stuurde geen geldige JSON.',
    format: 'Het antwoord van de server is geen e-mailgeschiedenis: {problem}.',
    transform: 'Het antwoord van de server kon niet worden omgezet in een e-mailgeschiedenis: {problem}.',
    unknown: 'Er ging iets mis bij het laden van de e-mailgeschiedenis.',
  },
  summary: {
    delivered: {
      one: 'Bezorgd bij {count} van {total}',
      other: 'Bezorgd bij {count} van {total}',
    },
    failures: {
      dropped: {
        one: '{count} tegengehouden',
        other: '{count} tegengehouden',
      },
      bounce: {
        one: '{count} onbestelbaar',
        other: '{count} onbestelbaar',
      },
      blocked: {
        one: '{count} geblokkeerd',
        other: '{count} geblokkeerd',
      },
    },
    retrying: {
      one: '{count} wordt nog opnieuw geprobeerd (stopt rond {time})',
      other: '{count} worden nog opnieuw geprobeerd (stopt rond {time})',
    },
    retryingUntimed: {
      one: '{count} wordt nog opnieuw geprobeerd',
      other: '{count} worden nog opnieuw geprobeerd',
    },
    pending: {
      one: '{count} nog niet bezorgd',
      other: '{count} nog niet bezorgd',
    },
    opened: {
      one: 'geopend door {count}',
      other: 'geopend door {count}',
    },
    clicked: {
      one: 'link aangeklikt door {count}',
      other: 'link aangeklikt door {count}',
    },
    separator: ' · ',
  },
  earlierFailure: { dropped: 'Tegengehouden op {date}', bounce: 'Onbestelbaar op {date}', blocked: 'Geblokkeerd op {date}' },
  earlierFailureUntimed: {
    dropped: 'Tegengehouden bij een eerdere verzending',
    bounce: 'Onbestelbaar bij een eerdere verzending',
    blocked: 'Geblokkeerd bij een eerdere verzending',
  },
  actions: {
    resend: { label: 'Opnieuw verzenden', name: 'Opnieuw verzenden naar {email}' },
    'edit-contact': { label: 'Contact bewerken', name: 'Contact {email} bewerken' },
  },
  actionsOf: 'Acties voor {who}',
  pollFailed: 'Kon niet controleren op updates, dus deze geschiedenis is mogelijk niet actueel. Er wordt opnieuw geprobeerd.',
  csv: {
    sendTime: 'Verzendtijd',
    subject: 'Onderwerp',
    sentBy: 'Verzonden door',
    email: 'E-mail ontvanger',
    name: 'Naam',
    type: 'Soort',
    status: 'Status',
    eventTime: 'Tijd van gebeurtenis',
    reason: 'Reden',
    response: 'Serverantwoord',
    attempt: 'Poging',
    url: 'URL',
    automated: 'Automatisch',
    incomplete: 'Oudere verzendingen zijn niet geladen: deze export bevat ze niet.',
  },
  showOlder: 'Oudere verzendingen tonen',
  loadingOlder: 'Oudere verzendingen worden geladen…',
  retryOlder: 'Opnieuw proberen oudere verzendingen te laden',
  olderError: 'Oudere verzendingen konden niet worden geladen.',
  olderAdded: {
    one: '{count} oudere verzending toegevoegd.',
    other: '{count} oudere verzendingen toegevoegd.',
  },
};

export default nl;
