/** Spanish strings of the advisor's pages (`/animateur`) shared by its parts; each part has its own file. */
import type { Messages } from '../fr.ts';
import type { advisorFr } from '../fr/advisor.ts';
import { groupEs } from './group.ts';
import { handoutsEs } from './handouts.ts';
import { presenterEs } from './presenter.ts';

export const advisorEs = {
  homeLink: 'Espacio para asesores',
  homeLinkHint: 'Para los asesores digitales que dirigen un taller',
  back: 'Volver al espacio para asesores',
  prepare: {
    listTitle: 'Las computadoras de los participantes',
    listText:
      'Preparar esta computadora para el taller: más tiempo antes del borrado automático, y las lecciones sin internet.',
    title: 'Preparar esta computadora para el taller',
    documentTitle: 'Pas à pas: preparar la computadora para el taller',
    intro:
      'En una computadora pública, Pas à pas borra todo cuando nadie la toca durante un rato. Durante una pausa o una demostración con el proyector, ese tiempo es demasiado corto. Haga este ajuste en cada computadora de los participantes, antes del taller.',
    current_one: 'Ahora: todo se borra después de {{count}} minuto sin actividad.',
    current_many: 'Ahora: todo se borra después de {{count}} minutos sin actividad.',
    current_other: 'Ahora: todo se borra después de {{count}} minutos sin actividad.',
    legend: '¿Borrar todo después de cuántos minutos sin actividad?',
    usual_one: '{{count}} minuto (el ajuste habitual)',
    usual_many: '{{count}} minutos (el ajuste habitual)',
    usual_other: '{{count}} minutos (el ajuste habitual)',
    minutes_one: '{{count}} minuto',
    minutes_many: '{{count}} minutos',
    minutes_other: '{{count}} minutos',
    save: 'Guardar',
    saved_one: 'Guardado: {{count}} minuto.',
    saved_many: 'Guardado: {{count}} minutos.',
    saved_other: 'Guardado: {{count}} minutos.',
    end: 'Al final del taller, « Terminar y borrar todo » también borra este ajuste: la computadora vuelve al ajuste habitual para la próxima persona.',
    offline: {
      title: 'Trabajar sin internet',
      intro:
        'Cuando esté preparada, esta computadora hace todas las lecciones sin internet: en una sala sin conexión, o si se corta internet. Solo guarda los archivos de Pas à pas, nunca lo que hacen las personas: « Terminar y borrar todo » sigue borrando todo.',
      checking: 'Comprobando…',
      ready: 'Lista: esta computadora puede hacer todas las lecciones sin internet.',
      update:
        'También hay una nueva versión de Pas à pas lista: se usará cuando todas las ventanas de Pas à pas estén cerradas.',
      preparing: 'Preparando… Mantenga la conexión a internet y esta página abierta.',
      missing: 'Todavía no está lista: sin internet, las lecciones no van a funcionar en esta computadora.',
      failed: 'La preparación no terminó. Compruebe que internet funciona y pulse otra vez el botón.',
      unsupported:
        'Este navegador no puede guardar Pas à pas para usarlo sin internet (navegador muy antiguo, o ventana privada). Use otro navegador, o mantenga internet durante el taller.',
      prepare: 'Preparar para trabajar sin internet',
    },
  },
  presenter: presenterEs,
  group: groupEs,
  handouts: handoutsEs,
} satisfies Messages<typeof advisorFr>;
