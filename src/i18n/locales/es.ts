/** Spanish, neutral (not one country's); formal address (usted). */
import type { Catalogue } from '../catalogue.js';

const es: Catalogue = {
  dir: 'ltr',
  statuses: {
    processed: {
      label: 'Procesado',
      meaning:
        'El servicio de envío recibió este mensaje y lo está preparando para su entrega. Todos los mensajes pasan por aquí, salvo que se descarten.',
    },
    dropped: {
      label: 'Descartado',
      meaning:
        'El servicio de envío no mandó este mensaje, por ejemplo porque detectó contenido de spam o porque esta dirección ya había rebotado antes.',
      action:
        'Compruebe la dirección de correo en los datos de contacto del cliente, corríjala u obtenga una actualizada de su cliente y vuelva a enviar la factura.',
    },
    deferred: {
      label: 'Aplazado',
      meaning:
        'El servidor de destino aún no ha aceptado el mensaje, pero tampoco lo ha rechazado (rebote temporal). El servicio de envío lo sigue intentando durante un máximo de 72 horas; después, lo bloquea.',
      action:
        'Por ahora no hay nada que hacer. Si pasadas 72 horas sigue sin entregarse, confirme la dirección con su cliente y vuelva a enviar la factura.',
    },
    bounce: {
      label: 'Rebotado',
      meaning:
        'El servidor de destino no pudo o no quiso aceptar el mensaje. Suele deberse a una dirección obsoleta o mal escrita.',
      action:
        'Compruebe los datos de contacto del cliente u obtenga datos actualizados de su cliente y vuelva a enviar la factura. Mientras no se corrija la dirección, los correos posteriores a ella se descartarán.',
    },
    blocked: {
      label: 'Bloqueado',
      meaning:
        'El mensaje se aplazó y el servicio de envío desistió tras intentarlo durante 72 horas sin lograr entregarlo.',
      action: 'Confirme la dirección con su cliente, o use otra, y vuelva a enviar la factura.',
    },
    delivered: {
      label: 'Entregado',
      meaning:
        'El servidor de destino aceptó el mensaje. Esto no garantiza que llegara a la bandeja de entrada: el servidor del destinatario aún puede eliminarlo, ponerlo en cuarentena o clasificarlo como correo no deseado.',
      action: 'Si su cliente no lo encuentra, pídale que revise la carpeta de correo no deseado o spam.',
    },
    open: {
      label: 'Abierto',
      meaning:
        'El mensaje se visualizó con las imágenes activadas. Se registra cada visualización. Las aperturas solo se detectan cuando se cargan las imágenes, así que la ausencia de «Abierto» no significa que no se haya leído.',
    },
    click: {
      label: 'Clic',
      meaning:
        'Se hizo clic en un enlace del mensaje. Esto demuestra que el mensaje se recibió y se abrió, aunque las imágenes estuvieran desactivadas.',
    },
    spamreport: {
      label: 'Marcado como spam',
      meaning:
        'El destinatario marcó este correo como spam. Su proveedor de correo puede clasificar ahora sus correos como no deseados, y el servicio de envío no volverá a escribir a esta dirección hasta que se retire la marca.',
      action:
        'Póngase en contacto con su cliente por otra vía (por teléfono o con un mensaje personal) para asegurarse de que tiene la factura y pídale que marque su dirección como segura. No la vuelva a enviar a esta dirección hasta que lo haya hecho.',
    },
    unsubscribe: {
      label: 'Baja',
      meaning:
        'El destinatario usó el enlace para darse de baja. Es posible que el servicio de envío no mande más correos a esta dirección.',
      action:
        'Pregunte a su cliente cómo quiere recibir las facturas y actualice sus datos de contacto antes de volver a enviar.',
    },
  },
  unknownStatus: 'El servicio de envío notificó «{status}», un estado que esta vista no describe.',
  recipientTypes: { to: 'Para', cc: 'CC', bcc: 'CCO' },
  otherRecipientType: 'Otro',
  badgeCount: '{label} ×{count}',
  badgeName: { one: '{label}', many: '{label}, {count} de veces', other: '{label}, {count} veces' },

  timeUnknown: 'Hora desconocida',
  timeAgo: '{time} ({ago})',
  whatToDo: 'Qué hacer:',
  attempt: 'Intento {n}',
  reason: 'Motivo: {text}',
  response: 'Respuesta del servidor: {text}',
  link: 'Enlace: {url}',
  automatedOpen: 'Apertura automática (un proxy de privacidad o un antivirus, no necesariamente una persona)',
  occurrenceSummary: {
    one: 'Registrado {list}.',
    many: 'Registrado {count} veces: {list}.',
    other: 'Registrado {count} veces: {list}.',
  },

  sentBy: 'Enviado por {name}',
  recipientCount: { one: '{count} destinatario', many: '{count} de destinatarios', other: '{count} destinatarios' },
  statusesOf: 'Estados de {who}',
  noStatuses: 'Aún no hay ningún estado',
  historyLabel: 'Historial de correo',

  loading: 'Cargando el historial de correo…',
  renderingProgress: 'Mostrando {shown} de {total} envíos…',
  refreshing: 'Actualizando…',
  empty: 'Esta factura aún no se ha enviado.',
  retry: 'Reintentar',
  errorTitle: 'No se pudo cargar el historial de correo.',
  errors: {
    http: 'El servidor respondió {status}{statusText}.',
    network: 'No se pudo conectar con el servidor. Compruebe su conexión y vuelva a intentarlo.',
    timeout: {
      one: 'El servidor no respondió en {seconds} segundo.',
      many: 'El servidor no respondió en {seconds} de segundos.',
      other: 'El servidor no respondió en {seconds} segundos.',
    },
    noContent: 'El servidor respondió sin contenido.',
    html: 'El servidor envió una página web en lugar del historial de correo. Es posible que deba volver a iniciar sesión.',
    notJson: 'El servidor no envió un JSON válido.',
    format: 'La respuesta del servidor no es un historial de correo: {problem}.',
    transform: 'La respuesta del servidor no se pudo convertir en un historial de correo: {problem}.',
    unknown: 'Se produjo un error al cargar el historial de correo.',
  },
  summary: {
    delivered: {
      one: 'Entregado a {count} de {total}',
      many: 'Entregado a {count} de {total}',
      other: 'Entregado a {count} de {total}',
    },
    failures: {
      dropped: {
        one: '{count} descartado',
        many: '{count} descartados',
        other: '{count} descartados',
      },
      bounce: {
        one: '{count} rebotado',
        many: '{count} rebotados',
        other: '{count} rebotados',
      },
      blocked: {
        one: '{count} bloqueado',
        many: '{count} bloqueados',
        other: '{count} bloqueados',
      },
    },
    retrying: {
      one: '{count} todavía en reintento (se abandona hacia {time})',
      many: '{count} todavía en reintento (se abandonan hacia {time})',
      other: '{count} todavía en reintento (se abandonan hacia {time})',
    },
    retryingUntimed: {
      one: '{count} todavía en reintento',
      many: '{count} todavía en reintento',
      other: '{count} todavía en reintento',
    },
    pending: {
      one: '{count} aún sin entregar',
      many: '{count} aún sin entregar',
      other: '{count} aún sin entregar',
    },
    opened: {
      one: 'abierto por {count}',
      many: 'abierto por {count}',
      other: 'abierto por {count}',
    },
    clicked: {
      one: 'enlace pulsado por {count}',
      many: 'enlace pulsado por {count}',
      other: 'enlace pulsado por {count}',
    },
    separator: ' · ',
  },
  earlierFailure: { dropped: 'Descartado el {date}', bounce: 'Rebotado el {date}', blocked: 'Bloqueado el {date}' },
  earlierFailureUntimed: {
    dropped: 'Descartado en un envío anterior',
    bounce: 'Rebotado en un envío anterior',
    blocked: 'Bloqueado en un envío anterior',
  },
  actions: {
    resend: { label: 'Reenviar', name: 'Reenviar a {email}' },
    'edit-contact': { label: 'Editar contacto', name: 'Editar el contacto {email}' },
  },
  actionsOf: 'Acciones para {who}',
  pollFailed: 'No se pudieron comprobar las actualizaciones, así que este historial puede no estar al día. Se seguirá intentando.',
  csv: {
    sendTime: 'Fecha de envío',
    subject: 'Asunto',
    sentBy: 'Enviado por',
    email: 'Correo del destinatario',
    name: 'Nombre',
    type: 'Tipo',
    status: 'Estado',
    eventTime: 'Fecha del evento',
    reason: 'Motivo',
    response: 'Respuesta del servidor',
    attempt: 'Intento',
    url: 'URL',
    automated: 'Automático',
    incomplete: 'No se cargaron los envíos más antiguos: esta exportación no los incluye.',
  },
  showOlder: 'Mostrar envíos anteriores',
  loadingOlder: 'Cargando envíos anteriores…',
  retryOlder: 'Reintentar la carga de envíos anteriores',
  olderError: 'No se pudieron cargar los envíos anteriores.',
  olderAdded: {
    one: 'Se añadió {count} envío anterior.',
    many: 'Se añadieron {count} envíos anteriores.',
    other: 'Se añadieron {count} envíos anteriores.',
  },
};

export default es;
