/** Spanish strings of the advisor's group pages. */
import type { Messages } from '../fr.ts';
import type { groupFr } from '../fr/group.ts';

export const groupEs = {
  documentTitle: 'Pas à pas: el seguimiento del grupo',
  title: 'El seguimiento del grupo',
  intro:
    'Agregue a cada persona del grupo con su código de progreso. Verá en qué punto está cada uno, y lo que el grupo puede trabajar en conjunto.',
  private:
    'La lista se queda en esta computadora. No se envía nada. « Terminar y borrar todo », arriba en la página, la borra.',
  back: 'Volver al espacio para asesores',
  print: 'Imprimir',
  add: {
    title: 'Agregar una persona',
    name: 'Nombre o apodo',
    nameHint: 'La persona elige el nombre que se va a usar.',
    code: 'Código de progreso o enlace',
    codeHint: 'El código de la tarjeta (16 caracteres), o el enlace del código QR.',
    submit: 'Agregar',
    added: '{{name}} ya está en la lista.',
    nameMissing: 'Escriba el nombre o el apodo de la persona.',
    nameTooLong: 'Este nombre es demasiado largo: {{max}} caracteres como máximo.',
    codeMissing: 'Escriba el código de progreso de la persona. Está escrito en su tarjeta.',
    codeTooLong: 'Es demasiado largo para un código: {{max}} caracteres como máximo. Escriba solo el código.',
  },
  scan: {
    start: 'Escanear el código QR con la cámara',
    stop: 'Apagar la cámara',
    video: 'Imagen de la cámara',
    looking: 'Ponga el código QR de la tarjeta delante de la cámara.',
    found: 'Código QR leído. Compruebe el nombre y pulse « Agregar ».',
    noCamera: 'Este navegador no puede usar una cámara aquí. Escriba el código a mano.',
    notFound: 'No hay ninguna cámara conectada. Escriba el código a mano.',
    refused:
      'La cámara está bloqueada. Para permitirla, haga clic en el icono a la izquierda de la dirección. Si no, escriba el código a mano.',
    failed: 'La cámara no se pudo encender. Escriba el código a mano.',
  },
  table: {
    title: 'En qué punto está cada uno',
    caption: 'El nivel de cada persona en cada habilidad practicada',
    empty: 'Todavía no hay nadie en la lista.',
    name: 'Nombre',
    next: 'Próxima lección',
    actions: 'Acciones',
    nothingMet: 'Nadie ha practicado todavía ninguna habilidad. Todo el grupo empieza por el descubrimiento.',
    unmet_one: '{{count}} habilidad más: nadie la ha practicado todavía.',
    unmet_many: '{{count}} habilidades más: nadie las ha practicado todavía.',
    unmet_other: '{{count}} habilidades más: nadie las ha practicado todavía.',
    noNext: 'Todo hecho',
    nextMode: '{{lesson}} ({{mode}})',
    levelsLegend: 'Los niveles, del primero al último:',
  },
  row: {
    edit: 'Modificar',
    editLabel: 'Modificar {{name}}',
    remove: 'Quitar',
    removeLabel: 'Quitar a {{name}} de la lista',
    removed: '{{name}} ya no está en la lista.',
    save: 'Guardar',
    cancel: 'Cancelar',
    saved: 'Los cambios están guardados.',
    sameName: 'Dos personas tienen este nombre. Agregue una inicial, por ejemplo « {{name}} B. », para distinguirlas.',
    sameCode: 'El mismo código que {{names}}. ¿Es la misma persona?',
    badCode: 'Este código no se puede leer ({{code}}).',
    askAgain: 'Pida a la persona que muestre su código otra vez, y pulse « Modificar » para corregirlo.',
    errors: {
      empty: 'El código está vacío.',
      'too-short': 'Faltan caracteres: un código tiene 16.',
      'too-long': 'Hay demasiados caracteres: un código tiene 16.',
      alphabet: 'El carácter « {{character}} » no existe en los códigos.',
      checksum: 'Hay un error al escribir el código.',
      version: 'Este código viene de otra versión de Pas à pas.',
    },
  },
  together: {
    title: 'Para trabajar juntos',
    none: 'Agregue personas con un código que se pueda leer para ver lo que el grupo tiene en común.',
    skillsIntro: 'Las habilidades en las que la mayoría todavía no es autónoma:',
    skill: '{{skill}}: {{count}} de {{total}} todavía no son autónomos',
    noSkill: 'No hay ninguna habilidad practicada que le falte a la mayoría del grupo.',
    lesson: 'La lección para hacer juntos: {{lesson}}, en el modo « {{mode}} ».',
    lessonWhy_one: 'Se recomienda a {{count}} persona de {{total}}.',
    lessonWhy_many: 'Se recomienda a {{count}} personas de {{total}}.',
    lessonWhy_other: 'Se recomienda a {{count}} personas de {{total}}.',
  },
  store: {
    damaged:
      'La lista guardada en esta computadora está dañada: no se puede leer. No está borrada. Cópiela abajo si quiere conservarla, y después empiece una lista vacía.',
    newer:
      'La lista guardada en esta computadora viene de una versión más nueva de Pas à pas (versión {{version}}). No está borrada. Ábrala con la nueva versión, o empiece una lista vacía.',
    kept: 'La lista guardada, tal como está',
    restart: 'Borrar esta lista y empezar otra vez',
    unavailable:
      'Este navegador no permite guardar la lista. La lista se ve mientras la página está abierta. Imprímala antes de irse.',
    writeFailed: 'La lista no se pudo guardar en esta computadora. Imprímala antes de cerrar la página.',
  },
} satisfies Messages<typeof groupFr>;
