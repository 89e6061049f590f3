/**
 * Spanish UI strings. `satisfies Messages` makes a missing or extra key a type error.
 */
import { learnerEs } from './es/learner.ts';
import { progress } from './es/progress.ts';
import { advisorEs } from './es/advisor.ts';
import type { Messages } from './fr.ts';

export const es = {
  app: {
    name: 'Pas à pas',
    tagline: 'Aprender los trámites por internet haciéndolos, paso a paso',
    skipLink: 'Ir al contenido',
    homeLink: 'Pas à pas, página de inicio',
    loading: 'Cargando…',
    crashTitle: 'Hubo un problema',
    crashText: 'Esta página no se pudo mostrar. Vuelva a cargar la página, o vuelva a las lecciones.',
    language: {
      label: 'Idioma',
    },
  },
  home: {
    title: 'Las lecciones',
    documentTitle: 'Pas à pas: las lecciones',
    intro:
      'Elija una lección. Va a practicar en una copia del sitio real, con una persona inventada. No se envía nada de verdad.',
    level: 'Nivel {{level}} de 3',
    duration_one: '{{count}} minuto',
    duration_many: '{{count}} minutos',
    duration_other: '{{count}} minutos',
    empty: 'Todavía no hay ninguna lección.',
    startHere: 'Empiece aquí',
    before: 'Hacer antes:',
  },
  notFound: {
    title: 'Página no encontrada',
    text: 'Esta página no existe. Quizás cambió de dirección.',
  },
  lesson: {
    back: 'Volver a las lecciones',
    unknownTitle: 'Lección no encontrada',
    unknownText: 'No hay ninguna lección « {{id}} ». Elija una lección de la lista.',
    loadError: 'La lección no se pudo cargar. Vuelva a cargar la página para intentarlo otra vez.',
    goal: 'Su misión',
    duration_one: 'Duración: más o menos {{count}} minuto',
    duration_many: 'Duración: más o menos {{count}} minutos',
    duration_other: 'Duración: más o menos {{count}} minutos',
    chooseMode: '¿Cómo quiere hacerlo?',
    recommended: 'Recomendado para usted',
    modeText: {
      watch: 'Pas à pas hace cada paso delante de usted. Usted pulsa « Siguiente ».',
      guided: 'Usted hace cada paso. La guía le dice qué hacer y le muestra dónde hacer clic.',
      alone: 'Usted lo hace todo solo, con la tarjeta de práctica. Si necesita ayuda, puede pedirla.',
    },
    cardLink: 'Ver la tarjeta de práctica para imprimir',
    onlyIn: 'Por ahora, esta lección solo existe en {{language}}.',
  },
  player: {
    guide: 'Guía',
    step: 'Paso {{index}} de {{total}}',
    announce: 'Paso {{index}} de {{total}}: {{text}}',
    help: 'Necesito ayuda',
    hints: 'Ayuda',
    noMoreHints: 'No hay más ayuda. Pulse « Muéstreme »: Pas à pas hace el paso delante de usted.',
    show: 'Muéstreme',
    advisor: 'Un asesor me ayudó',
    advisorNoted: 'Anotado. ¡Gracias!',
    feedback: {
      wrongTarget: 'No es el lugar correcto. Lea otra vez la instrucción, y vuelva a intentarlo.',
      wrongTargetGuided: 'No es el lugar correcto. Busque en el sitio la parte rodeada de color.',
      wrongValue: 'Lo que escribió no sirve. Mire la tarjeta de práctica, y corrija.',
      refused: 'El sitio no lo aceptó. Lea el mensaje de error en el sitio, y corrija.',
      wrongAnswer: 'No es la respuesta correcta. Lea otra vez la pregunta, y vuelva a intentarlo.',
    },
    question: {
      submit: 'Confirmar',
      choose: 'Elija una respuesta, y pulse « Confirmar ».',
      rightAnswer: 'La respuesta correcta:',
      anyAnswer: 'Aquí, todas las respuestas sirven. Por ejemplo:',
      goOn: 'Pulse « Confirmar » para seguir.',
      goOnWatch: 'Pulse « Siguiente » para seguir.',
    },
    wayBack: {
      title: 'Ya no está en el lugar correcto',
      place: 'Está en',
      notHere: 'Lo que necesita para este paso no está aquí.',
      next: 'Para volver,',
      show: '« Muéstreme » le puede enseñar el camino.',
      lost: 'Lo que necesita para este paso no está en esta página. Pida ayuda a un asesor, o empiece la lección otra vez.',
      action: {
        click: 'haga clic en:',
        fill: 'complete:',
        choose: 'elija en:',
        check: 'marque:',
        upload: 'agregue un archivo en:',
      },
    },
    showFailed: {
      hiddenTab:
        'Lo que tiene que hacer está en la pestaña « {{tab}} ». Primero haga clic en esa pestaña, arriba en el navegador.',
      notOnScreen:
        '« Muéstreme » no encuentra esta parte en esta página. Compruebe que está en la página correcta del sitio.',
      failed: '« Muéstreme » no pudo hacer este paso. Pida ayuda a un asesor.',
    },
    browser: {
      label: 'Navegador de práctica',
      tabs: 'Pestañas del navegador',
      address: 'Dirección del sitio: ',
    },
    modeNow: 'Modo: {{mode}}',
    mission: 'Su misión',
    now: 'Lo que tiene que hacer ahora:',
    fullInstruction: 'Ver toda la instrucción',
    offered: '¿Está buscando? Si quiere, pulse « Necesito ayuda ».',
    offeredShow: 'Si quiere, pulse « Muéstreme »: Pas à pas hace el paso delante de usted.',
    short: {
      click: 'Haga clic en: {{label}}',
      fill: 'Complete: {{label}}',
      choose: 'Elija: {{label}}',
      check: 'Marque: {{label}}',
      upload: 'Envíe el documento: {{label}}',
    },
    readAloud: {
      label: 'Escuchar {{what}}',
      listen: 'Escuchar',
      stop: 'Parar',
      unavailable: 'La lectura en voz alta no funciona en esta computadora.',
      noVoice: 'Esta computadora no tiene una voz para leer en {{language}}.',
      instruction: 'la instrucción',
      hint: 'la ayuda',
      mission: 'la misión',
      feedback: 'el mensaje',
    },
    watch: {
      next: 'Siguiente',
      takeOver: '¡Me toca!',
      watching: 'Mire: Pas à pas hace el paso.',
    },
    realIdentifier: {
      title: 'Atención: este número parece un número real.',
      text: 'Lo borramos y no lo guardamos. Aquí, escriba solo los números de la tarjeta de práctica.',
    },
    card: {
      toggle: 'Tarjeta de práctica',
    },
  },
  completion: {
    title: '¡Muy bien!',
    goal: 'Cumplió la misión:',
    summary: 'Lo que hizo',
    alone_one: '{{count}} paso hecho sin ayuda',
    alone_many: '{{count}} pasos hechos sin ayuda',
    alone_other: '{{count}} pasos hechos sin ayuda',
    helped_one: '{{count}} paso hecho con ayuda',
    helped_many: '{{count}} pasos hechos con ayuda',
    helped_other: '{{count}} pasos hechos con ayuda',
    shown_one: '{{count}} paso mostrado por Pas à pas',
    shown_many: '{{count}} pasos mostrados por Pas à pas',
    shown_other: '{{count}} pasos mostrados por Pas à pas',
    restart: 'Empezar otra vez',
    carnet: 'Ver mi cuaderno',
    back: 'Volver a las lecciones',
  },
  card: {
    title: 'Tarjeta de práctica',
    documentTitle: 'Tarjeta de práctica: {{title}}',
    owner: 'Los papeles de {{name}}',
    fiction:
      'Todo es inventado: esta persona no existe. Estos números solo sirven para practicar. Nunca escriba sus números reales en una computadora pública.',
    print: 'Imprimir',
    back: 'Volver a la lección',
  },
  term: {
    hint: '(explicación)',
  },
  ...learnerEs,
  progress,
  advisor: advisorEs,
} satisfies Messages;
