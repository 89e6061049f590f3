/**
 * Spanish UI strings of the independence record. `satisfies` makes a missing or extra key a
 * type error.
 */
import type { Messages } from '../fr.ts';
import type { learnerFr } from '../fr/learner.ts';

export const learnerEs = {
  lessonLink: {
    official: 'sitio oficial, se abre en una pestaña nueva',
  },
  practiceBrowser: {
    back: 'Página anterior',
  },
  keptRun: {
    resumed: 'Usted sigue la lección en el punto donde la dejó.',
    damaged: 'La lección empezada no se pudo recuperar. Empieza otra vez desde el principio.',
    restart: 'Empezar desde el principio',
    home: 'Lección sin terminar',
    resume: 'Seguir la lección:',
  },
  leaveLesson: {
    title: '¿Salir de la lección?',
    text: 'Si sale, la lección se para. Puede seguirla después desde la página de inicio, mientras esta pestaña siga abierta.',
    stay: 'Quedarme en la lección',
    leave: 'Salir de la lección',
  },
  levels: {
    decouverte: 'Descubrimiento',
    'avec-aide': 'Con ayuda',
    'presque-seul': 'Casi solo',
    autonome: 'Autónomo',
    step: 'nivel {{index}} de {{total}}',
    restored: 'Según su código de progreso.',
    explanation: {
      decouverte: 'Todavía no lo ha probado.',
      decouverteVu_one: 'Pas à pas se lo mostró {{count}} vez. Usted todavía no lo ha hecho.',
      decouverteVu_many: 'Pas à pas se lo mostró {{count}} veces. Usted todavía no lo ha hecho.',
      decouverteVu_other: 'Pas à pas se lo mostró {{count}} veces. Usted todavía no lo ha hecho.',
      avecAide_one: 'Hecho {{count}} vez con las instrucciones, en « Lo hacemos juntos ».',
      avecAide_many: 'Hecho {{count}} veces con las instrucciones, en « Lo hacemos juntos ».',
      avecAide_other: 'Hecho {{count}} veces con las instrucciones, en « Lo hacemos juntos ».',
      avecAideRevu: 'Ya lo había hecho. Pero la última vez, hubo que mostrárselo o ayudarle.',
      avecAideErreur:
        'La última vez, un dato se quedó mal al final de la lección. Hágalo otra vez, y revise antes de terminar.',
      presqueSeul_one: 'Hecho solo, sin ayuda, {{count}} vez. Hágalo solo otra vez, otro día, para ser autónomo.',
      presqueSeul_many:
        'Hecho solo, sin ayuda, {{count}} veces, el mismo día. Hágalo solo otra vez, otro día, para ser autónomo.',
      presqueSeul_other:
        'Hecho solo, sin ayuda, {{count}} veces, el mismo día. Hágalo solo otra vez, otro día, para ser autónomo.',
      presqueSeulAide: 'La última vez, hecho solo, pero con ayuda o después de varios intentos.',
      autonome_one: 'Hecho solo, sin ayuda, {{count}} vez, en {{days}} días distintos.',
      autonome_many: 'Hecho solo, sin ayuda, {{count}} veces, en {{days}} días distintos.',
      autonome_other: 'Hecho solo, sin ayuda, {{count}} veces, en {{days}} días distintos.',
    },
  },
  stepsDone: {
    alone_one: '{{count}} paso hecho sin ayuda',
    alone_many: '{{count}} pasos hechos sin ayuda',
    alone_other: '{{count}} pasos hechos sin ayuda',
    corrected_one: '{{count}} paso corregido después de un error',
    corrected_many: '{{count}} pasos corregidos después de un error',
    corrected_other: '{{count}} pasos corregidos después de un error',
    hints_one: '{{count}} paso hecho con ayuda',
    hints_many: '{{count}} pasos hechos con ayuda',
    hints_other: '{{count}} pasos hechos con ayuda',
    shown_one: '{{count}} paso mostrado, o hecho con un asesor',
    shown_many: '{{count}} pasos mostrados, o hechos con un asesor',
    shown_other: '{{count}} pasos mostrados, o hechos con un asesor',
    leftWrong_one: 'Atención: {{count}} dato se quedó mal al final.',
    leftWrong_many: 'Atención: {{count}} datos se quedaron mal al final.',
    leftWrong_other: 'Atención: {{count}} datos se quedaron mal al final.',
  },
  modes: {
    watch: 'Yo miro',
    guided: 'Lo hacemos juntos',
    alone: 'Lo hago solo',
  },
  carnet: {
    title: 'Mi cuaderno',
    documentTitle: 'Mi cuaderno · Pas à pas',
    intro: 'Lo que ya sabe hacer, las lecciones que hizo, y lo que puede hacer después.',
    empty: 'Por ahora, su cuaderno está vacío. Haga una primera lección: su progreso va a aparecer aquí.',
    next: {
      title: 'Qué hacer después',
      new: 'Lección nueva',
      practise: 'Para practicar más',
      mode: 'Recomendado: {{mode}}',
      none: 'Hizo todas las lecciones solo, sin ayuda. ¡Muy bien!',
    },
    skills: {
      title: 'Lo que sé hacer',
      legend: 'Los 4 niveles, del primero al último:',
    },
    lessons: {
      title: 'Mis lecciones',
      before: 'Hechas antes, en otra computadora (según su código de progreso):',
      date: 'El {{date}}',
      mode: 'Modo: {{mode}}',
      watched: 'Pas à pas hizo los pasos delante de usted.',
    },
  },
} satisfies Messages<typeof learnerFr>;
