/**
 * French. Formal address (vous); French typography: a no-break space
 * (U+00A0) before a colon or semicolon and inside guillemets.
 */
import type { Catalogue } from '../catalogue.js';

const fr: Catalogue = {
  dir: 'ltr',
  statuses: {
    processed: {
      label: 'Traité',
      meaning:
        'Le service d’envoi a reçu ce message et prépare sa distribution. Chaque message passe par cette étape, sauf s’il est écarté.',
    },
    dropped: {
      label: 'Écarté',
      meaning:
        'Le service d’envoi n’a pas envoyé ce message, par exemple parce qu’il y a détecté du contenu indésirable ou que cette adresse a déjà été rejetée.',
      action:
        'Vérifiez l’adresse e-mail dans les coordonnées du client, corrigez-la ou demandez-en une à jour à votre client, puis renvoyez la facture.',
    },
    deferred: {
      label: 'Différé',
      meaning:
        'Le serveur destinataire n’a pas encore accepté le message, sans pour autant le refuser (rejet temporaire). Le service d’envoi réessaie pendant 72 heures au plus ; passé ce délai, le message est bloqué.',
      action:
        'Rien à faire pour l’instant. S’il n’est toujours pas distribué après 72 heures, confirmez l’adresse avec votre client et renvoyez la facture.',
    },
    bounce: {
      label: 'Rejeté',
      meaning:
        'Le serveur destinataire n’a pas pu ou pas voulu accepter le message. Il s’agit généralement d’une adresse obsolète ou mal saisie.',
      action:
        'Vérifiez les coordonnées du client ou demandez-lui des coordonnées à jour, puis renvoyez la facture. Tant que l’adresse n’est pas corrigée, les e-mails suivants qui lui sont adressés seront écartés.',
    },
    blocked: {
      label: 'Bloqué',
      meaning:
        'Le message a été différé, puis le service d’envoi a renoncé après 72 heures de tentatives infructueuses.',
      action: 'Confirmez l’adresse avec votre client, ou utilisez-en une autre, puis renvoyez la facture.',
    },
    delivered: {
      label: 'Distribué',
      meaning:
        'Le serveur destinataire a accepté le message. Cela ne garantit pas qu’il soit arrivé dans la boîte de réception : le serveur du destinataire peut encore le supprimer, le mettre en quarantaine ou le classer comme courrier indésirable.',
      action: 'Si votre client ne le trouve pas, demandez-lui de vérifier son dossier de courrier indésirable.',
    },
    open: {
      label: 'Ouvert',
      meaning:
        'Le message a été affiché avec les images activées. Chaque affichage est signalé. Une ouverture n’est détectée que si les images se chargent : l’absence d’« Ouvert » ne signifie donc pas que le message n’a pas été lu.',
    },
    click: {
      label: 'Lien cliqué',
      meaning:
        'Un lien du message a été cliqué. Le message a donc été reçu et ouvert, même si les images étaient désactivées.',
    },
    spamreport: {
      label: 'Signalé comme spam',
      meaning:
        'Le destinataire a signalé cet e-mail comme spam. Sa messagerie peut désormais classer vos e-mails comme indésirables, et le service d’envoi n’écrira plus à cette adresse tant que le signalement n’aura pas été levé.',
      action:
        'Contactez votre client par un autre moyen (téléphone ou message personnel) pour vous assurer qu’il a bien reçu la facture et lui demander d’ajouter votre adresse à ses expéditeurs approuvés. Ne la renvoyez pas à cette adresse avant qu’il l’ait fait.',
    },
    unsubscribe: {
      label: 'Désabonné',
      meaning:
        'Le destinataire a utilisé le lien de désabonnement. Le service d’envoi pourrait ne plus envoyer d’e-mails à cette adresse.',
      action:
        'Demandez à votre client comment il souhaite recevoir ses factures, et mettez à jour ses coordonnées avant tout nouvel envoi.',
    },
  },
  unknownStatus: 'Le service d’envoi a signalé « {status} », un statut que cette vue ne décrit pas.',
  recipientTypes: { to: 'À', cc: 'Cc', bcc: 'Cci' },
  otherRecipientType: 'Autre',
  badgeCount: '{label} ×{count}',
  badgeName: { one: '{label}', many: '{label}, {count} fois', other: '{label}, {count} fois' },

  timeUnknown: 'Heure inconnue',
  timeAgo: '{time} ({ago})',
  whatToDo: 'Que faire :',
  attempt: 'Tentative {n}',
  reason: 'Motif : {text}',
  response: 'Réponse du serveur : {text}',
  link: 'Lien : {url}',
  automatedOpen: 'Ouverture automatique (un proxy de confidentialité ou un antivirus, pas forcément une personne)',
  occurrenceSummary: {
    one: 'Signalé {list}.',
    many: 'Signalé {count} fois : {list}.',
    other: 'Signalé {count} fois : {list}.',
  },

  sentBy: 'Envoyé par {name}',
  recipientCount: { one: '{count} destinataire', many: '{count} de destinataires', other: '{count} destinataires' },
  statusesOf: 'Statuts pour {who}',
  noStatuses: 'Aucun statut signalé pour l’instant',
  historyLabel: 'Historique des e-mails',

  loading: 'Chargement de l’historique des e-mails…',
  renderingProgress: 'Affichage de {shown} envois sur {total}…',
  refreshing: 'Mise à jour…',
  empty: 'Cette facture n’a pas encore été envoyée.',
  retry: 'Réessayer',
  errorTitle: 'L’historique des e-mails n’a pas pu être chargé.',
  errors: {
    http: 'Le serveur a répondu {status}{statusText}.',
    network: 'Le serveur est injoignable. Vérifiez votre connexion et réessayez.',
    timeout: {
      one: 'Le serveur n’a pas répondu en {seconds} seconde.',
      many: 'Le serveur n’a pas répondu en {seconds} de secondes.',
      other: 'Le serveur n’a pas répondu en {seconds} secondes.',
    },
    noContent: 'Le serveur a répondu sans contenu.',
    html: 'Le serveur a envoyé une page web au lieu de l’historique des e-mails. Vous devez peut-être vous reconnecter.',
    notJson: 'Le serveur n’a pas envoyé de JSON valide.',
    format: 'La réponse du serveur n’est pas un historique d’e-mails : {problem}.',
    transform: 'La réponse du serveur n’a pas pu être convertie en historique d’e-mails : {problem}.',
    unknown: 'Une erreur s’est produite lors du chargement de l’historique des e-mails.',
  },
  summary: {
    delivered: {
      one: 'Distribué à {count} sur {total}',
      many: 'Distribué à {count} sur {total}',
      other: 'Distribué à {count} sur {total}',
    },
    failures: {
      dropped: {
        one: '{count} écarté',
        many: '{count} écartés',
        other: '{count} écartés',
      },
      bounce: {
        one: '{count} rejeté',
        many: '{count} rejetés',
        other: '{count} rejetés',
      },
      blocked: {
        one: '{count} bloqué',
        many: '{count} bloqués',
        other: '{count} bloqués',
      },
    },
    retrying: {
      one: '{count} encore en cours de réessai (abandon vers {time})',
      many: '{count} encore en cours de réessai (abandon vers {time})',
      other: '{count} encore en cours de réessai (abandon vers {time})',
    },
    retryingUntimed: {
      one: '{count} encore en cours de réessai',
      many: '{count} encore en cours de réessai',
      other: '{count} encore en cours de réessai',
    },
    pending: {
      one: '{count} pas encore distribué',
      many: '{count} pas encore distribués',
      other: '{count} pas encore distribués',
    },
    opened: {
      one: 'ouvert par {count}',
      many: 'ouvert par {count}',
      other: 'ouvert par {count}',
    },
    clicked: {
      one: 'lien cliqué par {count}',
      many: 'lien cliqué par {count}',
      other: 'lien cliqué par {count}',
    },
    separator: ' · ',
  },
  earlierFailure: { dropped: 'Écarté le {date}', bounce: 'Rejeté le {date}', blocked: 'Bloqué le {date}' },
  earlierFailureUntimed: {
    dropped: 'Écarté lors d’un envoi précédent',
    bounce: 'Rejeté lors d’un envoi précédent',
    blocked: 'Bloqué lors d’un envoi précédent',
  },
  actions: {
    resend: { label: 'Renvoyer', name: 'Renvoyer à {email}' },
    'edit-contact': { label: 'Modifier le contact', name: 'Modifier le contact {email}' },
  },
  actionsOf: 'Actions pour {who}',
  pollFailed: 'Impossible de vérifier les mises à jour : cet historique n’est peut-être plus à jour. Nouvel essai en cours.',
  csv: {
    sendTime: 'Date d’envoi',
    subject: 'Objet',
    sentBy: 'Envoyé par',
    email: 'E-mail du destinataire',
    name: 'Nom',
    type: 'Type',
    status: 'Statut',
    eventTime: 'Date de l’événement',
    reason: 'Motif',
    response: 'Réponse du serveur',
    attempt: 'Tentative',
    url: 'URL',
    automated: 'Automatique',
    incomplete: 'Les envois plus anciens n’ont pas été chargés : cet export ne les contient pas.',
  },
  showOlder: 'Afficher les envois plus anciens',
  loadingOlder: 'Chargement des envois plus anciens…',
  retryOlder: 'Réessayer de charger les envois plus anciens',
  olderError: 'Les envois plus anciens n’ont pas pu être chargés.',
  olderAdded: {
    one: '{count} envoi plus ancien ajouté.',
    many: '{count} envois plus anciens ajoutés.',
    other: '{count} envois plus anciens ajoutés.',
  },
};

export default fr;
