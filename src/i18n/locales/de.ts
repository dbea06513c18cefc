/**
 * German. Formal address (Sie); "Mandant" is what a practice calls its
 * client. Typographic quotes are German („…“).
 */
import type { Catalogue } from '../catalogue.js';

const de: Catalogue = {
  dir: 'ltr',
  statuses: {
    processed: {
      label: 'Verarbeitet',
      meaning:
        'Der E-Mail-Dienst hat die Nachricht angenommen und bereitet die Zustellung vor. Jede Nachricht beginnt hier, sofern sie nicht verworfen wird.',
    },
    dropped: {
      label: 'Verworfen',
      meaning:
        'Der E-Mail-Dienst hat die Nachricht nicht versendet, zum Beispiel weil er Spam-Inhalte erkannt hat oder diese Adresse schon früher unzustellbar war.',
      action:
        'Prüfen Sie die E-Mail-Adresse in den Kontaktdaten des Mandanten, korrigieren Sie sie oder lassen Sie sich eine aktuelle Adresse geben, und senden Sie die Rechnung dann erneut.',
    },
    deferred: {
      label: 'Verzögert',
      meaning:
        'Der empfangende Server hat die Nachricht noch nicht angenommen, aber auch nicht abgelehnt (vorübergehender Fehler). Der E-Mail-Dienst versucht es bis zu 72 Stunden lang weiter; danach wird sie blockiert.',
      action:
        'Noch nichts zu tun. Ist sie nach 72 Stunden noch nicht zugestellt, bestätigen Sie die Adresse mit Ihrem Mandanten und senden Sie die Rechnung erneut.',
    },
    bounce: {
      label: 'Unzustellbar',
      meaning:
        'Der empfangende Server konnte oder wollte die Nachricht nicht annehmen. Meist ist die Adresse veraltet oder falsch geschrieben.',
      action:
        'Prüfen Sie die Kontaktdaten des Mandanten oder lassen Sie sich aktuelle Daten geben, und senden Sie die Rechnung dann erneut. Solange die Adresse nicht korrigiert ist, werden weitere E-Mails an sie verworfen.',
    },
    blocked: {
      label: 'Blockiert',
      meaning:
        'Die Nachricht wurde verzögert, und der E-Mail-Dienst hat nach 72 Stunden erfolgloser Zustellversuche aufgegeben.',
      action:
        'Bestätigen Sie die Adresse mit Ihrem Mandanten oder verwenden Sie eine andere, und senden Sie die Rechnung dann erneut.',
    },
    delivered: {
      label: 'Zugestellt',
      meaning:
        'Der empfangende Server hat die Nachricht angenommen. Das garantiert nicht, dass sie im Posteingang angekommen ist: Der Server des Empfängers kann sie noch löschen, in Quarantäne verschieben oder als Junk-E-Mail ablegen.',
      action: 'Findet Ihr Mandant sie nicht, bitten Sie ihn, im Junk- oder Spam-Ordner nachzusehen.',
    },
    open: {
      label: 'Geöffnet',
      meaning:
        'Die Nachricht wurde mit aktivierten Bildern angezeigt. Das wird bei jedem Anzeigen gemeldet. Öffnungen werden nur erkannt, wenn Bilder geladen werden; fehlt „Geöffnet“, heißt das also nicht, dass sie ungelesen ist.',
    },
    click: {
      label: 'Geklickt',
      meaning:
        'Ein Link in der Nachricht wurde angeklickt. Die Nachricht wurde also empfangen und geöffnet, auch wenn Bilder deaktiviert waren.',
    },
    spamreport: {
      label: 'Als Spam gemeldet',
      meaning:
        'Der Empfänger hat diese E-Mail als Spam markiert. Sein E-Mail-Anbieter legt Ihre E-Mails nun möglicherweise als Junk ab, und der E-Mail-Dienst sendet nicht mehr an diese Adresse, bis die Meldung aufgehoben ist.',
      action:
        'Wenden Sie sich auf anderem Weg an Ihren Mandanten (telefonisch oder mit einer persönlichen Nachricht), um sicherzugehen, dass ihm die Rechnung vorliegt, und bitten Sie ihn, Ihre Adresse als sicher einzustufen. Senden Sie sie erst danach wieder an diese Adresse.',
    },
    unsubscribe: {
      label: 'Abgemeldet',
      meaning:
        'Der Empfänger hat den Abmeldelink verwendet. Der E-Mail-Dienst sendet möglicherweise keine weiteren E-Mails an diese Adresse.',
      action:
        'Fragen Sie Ihren Mandanten, wie er Rechnungen erhalten möchte, und aktualisieren Sie seine Kontaktdaten, bevor Sie erneut senden.',
    },
  },
  unknownStatus: 'Der E-Mail-Dienst hat „{status}“ gemeldet, einen Status, den diese Ansicht nicht beschreibt.',
  recipientTypes: { to: 'An', cc: 'CC', bcc: 'BCC' },
  otherRecipientType: 'Sonstige',
  badgeCount: '{label} ×{count}',
  badgeName: { one: '{label}', other: '{label}, {count}-mal' },

  timeUnknown: 'Zeitpunkt unbekannt',
  timeAgo: '{time} ({ago})',
  whatToDo: 'Was zu tun ist:',
  attempt: 'Versuch {n}',
  reason: 'Grund: {text}',
  response: 'Antwort des Servers: {text}',
  link: 'Link: {url}',
  automatedOpen: 'Automatisch geöffnet (von einem Datenschutz-Proxy oder Scanner, nicht unbedingt von einer Person)',
  occurrenceSummary: {
    one: 'Gemeldet {list}.',
    other: '{count}-mal gemeldet: {list}.',
  },

  sentBy: 'Gesendet von {name}',
  recipientCount: { one: '{count} Empfänger', other: '{count} Empfänger' },
  statusesOf: 'Status für {who}',
  noStatuses: 'Noch kein Status gemeldet',
  historyLabel: 'E-Mail-Verlauf',

  loading: 'E-Mail-Verlauf wird geladen…',
  renderingProgress: '{shown} von {total} Sendungen werden angezeigt…',
  refreshing: 'Wird aktualisiert…',
  empty: 'Diese Rechnung wurde noch nicht versendet.',
  retry: 'Erneut versuchen',
  errorTitle: 'Der E-Mail-Verlauf konnte nicht geladen werden.',
  errors: {
    http: 'Der Server hat mit {status}{statusText} geantwortet.',
    network: 'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    timeout: {
      one: 'Der Server hat nicht innerhalb von {seconds} Sekunde geantwortet.',
      other: 'Der Server hat nicht innerhalb von {seconds} Sekunden geantwortet.',
    },
    noContent: 'Die Antwort des Servers war leer.',
    html: 'Der Server hat eine Webseite statt des E-Mail-Verlaufs gesendet. Möglicherweise müssen Sie sich erneut anmelden.',
    notJson: 'Der Server hat kein gültiges JSON gesendet.',
    format: 'Die Antwort des Servers ist kein E-Mail-Verlauf: {problem}.',
    transform: 'Die Antwort des Servers konnte nicht in einen E-Mail-Verlauf umgewandelt werden: {problem}.',
    unknown: 'Beim Laden des E-Mail-Verlaufs ist ein Fehler aufgetreten.',
  },
  summary: {
    delivered: {
      one: 'Zugestellt an {count} von {total}',
      other: 'Zugestellt an {count} von {total}',
    },
    failures: {
      dropped: {
        one: '{count} verworfen',
        other: '{count} verworfen',
      },
      bounce: {
        one: '{count} unzustellbar',
        other: '{count} unzustellbar',
      },
      blocked: {
        one: '{count} blockiert',
        other: '{count} blockiert',
      },
    },
    retrying: {
      one: '{count} Zustellung läuft noch (Abbruch etwa {time})',
      other: '{count} Zustellungen laufen noch (Abbruch etwa {time})',
    },
    retryingUntimed: {
      one: '{count} Zustellung läuft noch',
      other: '{count} Zustellungen laufen noch',
    },
    pending: {
      one: '{count} noch nicht zugestellt',
      other: '{count} noch nicht zugestellt',
    },
    opened: {
      one: 'geöffnet von {count}',
      other: 'geöffnet von {count}',
    },
    clicked: {
      one: 'Link angeklickt von {count}',
      other: 'Link angeklickt von {count}',
    },
    separator: ' · ',
  },
  earlierFailure: { dropped: 'Verworfen am {date}', bounce: 'Unzustellbar am {date}', blocked: 'Blockiert am {date}' },
  earlierFailureUntimed: {
    dropped: 'Bei einem früheren Versand verworfen',
    bounce: 'Bei einem früheren Versand unzustellbar',
    blocked: 'Bei einem früheren Versand blockiert',
  },
  actions: {
    resend: { label: 'Erneut senden', name: 'Erneut senden an {email}' },
    'edit-contact': { label: 'Kontakt bearbeiten', name: 'Kontakt {email} bearbeiten' },
  },
  actionsOf: 'Aktionen für {who}',
  pollFailed: 'Aktualisierungen konnten nicht abgerufen werden; dieser Verlauf ist möglicherweise nicht aktuell. Es wird weiter versucht.',
  csv: {
    sendTime: 'Versandzeit',
    subject: 'Betreff',
    sentBy: 'Gesendet von',
    email: 'E-Mail des Empfängers',
    name: 'Name',
    type: 'Art',
    status: 'Status',
    eventTime: 'Zeitpunkt des Ereignisses',
    reason: 'Grund',
    response: 'Serverantwort',
    attempt: 'Versuch',
    url: 'URL',
    automated: 'Automatisch',
    incomplete: 'Ältere Sendungen wurden nicht geladen und fehlen in diesem Export.',
  },
  showOlder: 'Ältere Sendungen anzeigen',
  loadingOlder: 'Ältere Sendungen werden geladen…',
  retryOlder: 'Laden älterer Sendungen erneut versuchen',
  olderError: 'Ältere Sendungen konnten nicht geladen werden.',
  olderAdded: {
    one: '{count} ältere Sendung hinzugefügt.',
    other: '{count} ältere Sendungen hinzugefügt.',
  },
};

export default de;
