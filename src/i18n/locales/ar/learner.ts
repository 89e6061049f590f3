/**
 * Arabic UI strings of the independence record. `satisfies` makes a missing or extra key a
 * type error.
 */
import type { Messages } from '../fr.ts';
import type { learnerFr } from '../fr/learner.ts';

export const learnerAr = {
  lessonLink: {
    official: 'الموقع الرسمي، يُفتح في علامة تبويب جديدة',
  },
  practiceBrowser: {
    back: 'الصفحة السابقة',
  },
  keptRun: {
    resumed: 'أنت تُكمل الدرس من حيث توقفت.',
    damaged: 'لم نستطع إكمال الدرس الذي بدأته. سيبدأ من جديد من البداية.',
    restart: 'ابدأ من جديد من البداية',
    home: 'درس لم ينتهِ بعد',
    resume: 'أكمل الدرس:',
  },
  leaveLesson: {
    title: 'هل تريد الخروج من الدرس؟',
    text: 'إذا خرجت، يتوقف الدرس. يمكنك أن تكمله من الصفحة الرئيسية، ما دامت علامة التبويب هذه مفتوحة.',
    stay: 'البقاء في الدرس',
    leave: 'الخروج من الدرس',
  },
  levels: {
    decouverte: 'اكتشاف',
    'avec-aide': 'بمساعدة',
    'presque-seul': 'شبه مستقل',
    autonome: 'مستقل',
    step: 'المستوى {{index}} من {{total}}',
    restored: 'حسب رمز التقدم الخاص بك.',
    explanation: {
      decouverte: 'لم تجرّبه بعد.',
      decouverteVu_zero: 'أراك Pas à pas ذلك {{count}} مرة. لم تفعله بنفسك بعد.',
      decouverteVu_one: 'أراك Pas à pas ذلك {{count}} مرة. لم تفعله بنفسك بعد.',
      decouverteVu_two: 'أراك Pas à pas ذلك {{count}} مرتين. لم تفعله بنفسك بعد.',
      decouverteVu_few: 'أراك Pas à pas ذلك {{count}} مرات. لم تفعله بنفسك بعد.',
      decouverteVu_many: 'أراك Pas à pas ذلك {{count}} مرة. لم تفعله بنفسك بعد.',
      decouverteVu_other: 'أراك Pas à pas ذلك {{count}} مرة. لم تفعله بنفسك بعد.',
      avecAide_zero: 'فعلته {{count}} مرة مع التعليمات، بطريقة « نفعلها معًا ».',
      avecAide_one: 'فعلته {{count}} مرة مع التعليمات، بطريقة « نفعلها معًا ».',
      avecAide_two: 'فعلته {{count}} مرتين مع التعليمات، بطريقة « نفعلها معًا ».',
      avecAide_few: 'فعلته {{count}} مرات مع التعليمات، بطريقة « نفعلها معًا ».',
      avecAide_many: 'فعلته {{count}} مرة مع التعليمات، بطريقة « نفعلها معًا ».',
      avecAide_other: 'فعلته {{count}} مرة مع التعليمات، بطريقة « نفعلها معًا ».',
      avecAideRevu: 'فعلته من قبل. لكن في المرة الأخيرة، احتجت أن يُريك أحد أو يساعدك.',
      avecAideErreur:
        'في المرة الأخيرة، بقيت معلومة غير صحيحة في نهاية الدرس. افعله مرة أخرى، وتأكد من كل شيء قبل أن تنهي.',
      presqueSeul_zero: 'فعلته وحدك، بدون مساعدة، {{count}} مرة. افعله وحدك مرة أخرى في يوم آخر لتصبح مستقلًا.',
      presqueSeul_one: 'فعلته وحدك، بدون مساعدة، {{count}} مرة. افعله وحدك مرة أخرى في يوم آخر لتصبح مستقلًا.',
      presqueSeul_two:
        'فعلته وحدك، بدون مساعدة، {{count}} مرتين، في اليوم نفسه. افعله وحدك مرة أخرى في يوم آخر لتصبح مستقلًا.',
      presqueSeul_few:
        'فعلته وحدك، بدون مساعدة، {{count}} مرات، في اليوم نفسه. افعله وحدك مرة أخرى في يوم آخر لتصبح مستقلًا.',
      presqueSeul_many:
        'فعلته وحدك، بدون مساعدة، {{count}} مرة، في اليوم نفسه. افعله وحدك مرة أخرى في يوم آخر لتصبح مستقلًا.',
      presqueSeul_other:
        'فعلته وحدك، بدون مساعدة، {{count}} مرة، في اليوم نفسه. افعله وحدك مرة أخرى في يوم آخر لتصبح مستقلًا.',
      presqueSeulAide: 'في المرة الأخيرة، فعلته وحدك، لكن بمساعدة أو بعد عدة محاولات.',
      autonome_zero: 'فعلته وحدك، بدون مساعدة، {{count}} مرة، في أيام مختلفة (عدد الأيام: {{days}}).',
      autonome_one: 'فعلته وحدك، بدون مساعدة، {{count}} مرة، في أيام مختلفة (عدد الأيام: {{days}}).',
      autonome_two: 'فعلته وحدك، بدون مساعدة، {{count}} مرتين، في أيام مختلفة (عدد الأيام: {{days}}).',
      autonome_few: 'فعلته وحدك، بدون مساعدة، {{count}} مرات، في أيام مختلفة (عدد الأيام: {{days}}).',
      autonome_many: 'فعلته وحدك، بدون مساعدة، {{count}} مرة، في أيام مختلفة (عدد الأيام: {{days}}).',
      autonome_other: 'فعلته وحدك، بدون مساعدة، {{count}} مرة، في أيام مختلفة (عدد الأيام: {{days}}).',
    },
  },
  stepsDone: {
    alone_zero: '{{count}} خطوة بدون مساعدة',
    alone_one: '{{count}} خطوة بدون مساعدة',
    alone_two: '{{count}} خطوتان بدون مساعدة',
    alone_few: '{{count}} خطوات بدون مساعدة',
    alone_many: '{{count}} خطوة بدون مساعدة',
    alone_other: '{{count}} خطوة بدون مساعدة',
    corrected_zero: '{{count}} خطوة صحّحتها بعد خطأ',
    corrected_one: '{{count}} خطوة صحّحتها بعد خطأ',
    corrected_two: '{{count}} خطوتان صحّحتهما بعد خطأ',
    corrected_few: '{{count}} خطوات صحّحتها بعد خطأ',
    corrected_many: '{{count}} خطوة صحّحتها بعد خطأ',
    corrected_other: '{{count}} خطوة صحّحتها بعد خطأ',
    hints_zero: '{{count}} خطوة بمساعدة',
    hints_one: '{{count}} خطوة بمساعدة',
    hints_two: '{{count}} خطوتان بمساعدة',
    hints_few: '{{count}} خطوات بمساعدة',
    hints_many: '{{count}} خطوة بمساعدة',
    hints_other: '{{count}} خطوة بمساعدة',
    shown_zero: '{{count}} خطوة رأيتها أمامك، أو فعلتها مع مشرف',
    shown_one: '{{count}} خطوة رأيتها أمامك، أو فعلتها مع مشرف',
    shown_two: '{{count}} خطوتان رأيتهما أمامك، أو فعلتهما مع مشرف',
    shown_few: '{{count}} خطوات رأيتها أمامك، أو فعلتها مع مشرف',
    shown_many: '{{count}} خطوة رأيتها أمامك، أو فعلتها مع مشرف',
    shown_other: '{{count}} خطوة رأيتها أمامك، أو فعلتها مع مشرف',
    leftWrong_zero: 'انتبه: {{count}} معلومة بقيت غير صحيحة في النهاية.',
    leftWrong_one: 'انتبه: {{count}} معلومة بقيت غير صحيحة في النهاية.',
    leftWrong_two: 'انتبه: {{count}} معلومتان بقيتا غير صحيحتين في النهاية.',
    leftWrong_few: 'انتبه: {{count}} معلومات بقيت غير صحيحة في النهاية.',
    leftWrong_many: 'انتبه: {{count}} معلومة بقيت غير صحيحة في النهاية.',
    leftWrong_other: 'انتبه: {{count}} معلومة بقيت غير صحيحة في النهاية.',
  },
  modes: {
    watch: 'أنا أشاهد',
    guided: 'نفعلها معًا',
    alone: 'أفعلها وحدي',
  },
  carnet: {
    title: 'دفتري',
    documentTitle: 'دفتري · Pas à pas',
    intro: 'ما تعرف أن تفعله الآن، والدروس التي قمت بها، وما يمكنك أن تفعله بعد ذلك.',
    empty: 'دفترك فارغ الآن. قم بدرس أول: سيظهر تقدمك هنا.',
    next: {
      title: 'ماذا تفعل بعد ذلك',
      new: 'درس جديد',
      practise: 'لتتدرب أكثر',
      mode: 'الطريقة المقترحة: {{mode}}',
      none: 'قمت بكل الدروس وحدك، بدون مساعدة. أحسنت!',
    },
    skills: {
      title: 'ما أعرف أن أفعله',
      legend: 'المستويات الأربعة، من الأول إلى الأخير:',
    },
    lessons: {
      title: 'دروسي',
      before: 'دروس قمت بها من قبل، على كمبيوتر آخر (حسب رمز التقدم الخاص بك):',
      date: 'في {{date}}',
      mode: 'الطريقة: {{mode}}',
      watched: 'قام Pas à pas بالخطوات أمامك.',
    },
  },
} satisfies Messages<typeof learnerFr>;
