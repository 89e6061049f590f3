/**
 * Spanish UI strings of the public-computer features. `satisfies` makes a missing or extra key a
 * type error against the French reference.
 */
import type { Messages } from '../fr.ts';
import type { progress as reference } from '../fr/progress.ts';

export const progress = {
  header: {
    carnet: 'Mi cuaderno',
    wipe: 'Terminar y borrar todo',
  },
  wipe: {
    title: '¿Terminar y borrar todo?',
    text: 'Pas à pas va a borrar de esta computadora todo lo que guardó: su progreso, su cuaderno, la lección sin terminar y el idioma elegido. La próxima persona no va a ver nada de esto.',
    codeHint: 'Para seguir más tarde en otra computadora, primero obtenga su código de progreso.',
    codeLink: 'Obtener mi código de progreso',
    confirm: 'Sí, borrar todo',
    cancel: 'Cancelar',
  },
  notice: {
    wiped: 'Todo está borrado. Puede dejar la computadora.',
    wipedInactive: 'Nadie usaba Pas à pas desde hacía un rato: se borró todo. La próxima persona puede empezar.',
    corrupt:
      'El progreso guardado en esta computadora estaba dañado: Pas à pas no puede leerlo y empieza de cero. Si tiene un código de progreso, escríbalo más abajo.',
    unknownVersion:
      'El progreso guardado en esta computadora viene de una versión más nueva de Pas à pas: aquí no se puede leer, y Pas à pas empieza de cero. Si tiene un código de progreso, escríbalo más abajo.',
    migrated: 'Pas à pas se actualizó. Su progreso sigue guardado.',
    memory:
      'Este navegador no puede guardar su progreso: se va a perder al cerrar la página. Antes de irse, obtenga su código de progreso.',
    dismiss: 'Cerrar este mensaje',
  },
  inactivity: {
    title: '¿Sigue ahí?',
    text_one:
      'Nadie ha tocado la computadora desde hace {{count}} minuto. Para que nadie vea su progreso, Pas à pas va a borrar todo.',
    text_many:
      'Nadie ha tocado la computadora desde hace {{count}} minutos. Para que nadie vea su progreso, Pas à pas va a borrar todo.',
    text_other:
      'Nadie ha tocado la computadora desde hace {{count}} minutos. Para que nadie vea su progreso, Pas à pas va a borrar todo.',
    countdown_one: 'Todo se borrará en {{count}} segundo',
    countdown_many: 'Todo se borrará en {{count}} segundos',
    countdown_other: 'Todo se borrará en {{count}} segundos',
    stay: 'Sigo aquí',
  },
  resume: {
    title: 'Continuar con mi código',
    intro: '¿Tiene una tarjeta con un código de progreso? Escriba el código aquí para recuperar su progreso.',
    carries:
      'El código guarda sus niveles. La lista de lecciones hechas solo se recupera con el código QR de la tarjeta.',
    label: 'Mi código de progreso',
    hint: '16 letras y números, escritos en su tarjeta en 4 grupos de 4.',
    submit: 'Continuar',
    done: 'Su progreso está recuperado.',
    levelsOnly:
      'El código recuperó sus niveles, pero no la lista de lecciones hechas: su cuaderno no la muestra, y puede proponerle una lección que ya hizo.',
    carnetLink: 'Ver mi cuaderno',
    replaceTitle: '¿Reemplazar el progreso de esta computadora?',
    replaceText:
      'Esta computadora ya guarda un progreso. Si continúa, se va a reemplazar por el progreso de su código.',
    replace: 'Reemplazar',
    cancel: 'Cancelar',
    cancelled: 'No cambió nada: el progreso de esta computadora sigue guardado.',
    unavailable:
      'Pas à pas no pudo leer el código: compruebe que la computadora está conectada a internet, y pulse otra vez « Continuar ».',
    errors: {
      empty: 'Escriba su código de progreso: está escrito en su tarjeta.',
      'too-short': 'Faltan caracteres: un código tiene 16. Revise el código en su tarjeta.',
      'too-long': 'Hay demasiados caracteres: un código tiene 16. Revise el código en su tarjeta.',
      alphabet: 'El carácter « {{character}} » no existe en los códigos. Revise el código en su tarjeta.',
      checksum: 'Este código tiene un error al escribir. Revise cada carácter en su tarjeta, y corrija.',
      version: 'Este código viene de otra versión de Pas à pas: aquí no se puede leer. Pida ayuda a un asesor.',
    },
  },
  code: {
    title: 'Mi código de progreso',
    documentTitle: 'Mi código de progreso · Pas à pas',
    intro: 'Con este código, puede recuperar su progreso en otra computadora.',
    how: 'En la página de inicio de Pas à pas, elija « Continuar con mi código », y escriba el código.',
    spelled: 'Su código, carácter por carácter: {{spelled}}',
    qrLabel: 'Código QR de su progreso',
    qrHint: 'También puede tomar una foto de este código QR con un teléfono: abre Pas à pas con su progreso.',
    print: 'Imprimir la tarjeta',
    back: 'Volver a mi cuaderno',
    empty: 'Todavía no tiene progreso para guardar. Primero haga una lección.',
    lessonsLink: 'Ver las lecciones',
    card: {
      title: 'Pas à pas: mi código de progreso',
      date: 'Código obtenido el {{date}}',
      keep: 'Guarde esta tarjeta. Con este código, puede recuperar su progreso en otra computadora.',
      private: 'Esta tarjeta no tiene ningún dato personal: solo sus niveles en cada habilidad.',
    },
  },
  carnet: {
    codeLink: 'Mi código de progreso',
  },
} satisfies Messages<typeof reference>;
