/** Arabic strings of the advisor's pages (`/animateur`) shared by its parts; each part has its own file. */
import type { Messages } from '../fr.ts';
import type { advisorFr } from '../fr/advisor.ts';
import { groupAr } from './group.ts';
import { handoutsAr } from './handouts.ts';
import { presenterAr } from './presenter.ts';

export const advisorAr = {
  homeLink: 'مساحة المشرف',
  homeLinkHint: 'للمرشدين الرقميين الذين يديرون ورشة',
  back: 'العودة إلى مساحة المشرف',
  prepare: {
    listTitle: 'أجهزة كمبيوتر المشاركين',
    listText: 'جهّز هذا الكمبيوتر للورشة: وقت أطول قبل المسح التلقائي، والدروس بدون إنترنت.',
    title: 'جهّز هذا الكمبيوتر للورشة',
    documentTitle: 'Pas à pas: تجهيز الكمبيوتر للورشة',
    intro:
      'على كمبيوتر عام، يمسح Pas à pas كل شيء عندما لا يلمسه أحد لمدة. أثناء استراحة أو عرض على جهاز العرض، هذه المدة قصيرة جدًا. قم بهذا الإعداد على كل كمبيوتر من أجهزة المشاركين، قبل الورشة.',
    current_zero: 'الآن: يُمسح كل شيء بعد {{count}} دقيقة بدون نشاط.',
    current_one: 'الآن: يُمسح كل شيء بعد {{count}} دقيقة بدون نشاط.',
    current_two: 'الآن: يُمسح كل شيء بعد {{count}} دقيقتين بدون نشاط.',
    current_few: 'الآن: يُمسح كل شيء بعد {{count}} دقائق بدون نشاط.',
    current_many: 'الآن: يُمسح كل شيء بعد {{count}} دقيقة بدون نشاط.',
    current_other: 'الآن: يُمسح كل شيء بعد {{count}} دقيقة بدون نشاط.',
    legend: 'بعد كم دقيقة بدون نشاط يُمسح كل شيء؟',
    usual_zero: '{{count}} دقيقة (الإعداد المعتاد)',
    usual_one: '{{count}} دقيقة (الإعداد المعتاد)',
    usual_two: '{{count}} دقيقتان (الإعداد المعتاد)',
    usual_few: '{{count}} دقائق (الإعداد المعتاد)',
    usual_many: '{{count}} دقيقة (الإعداد المعتاد)',
    usual_other: '{{count}} دقيقة (الإعداد المعتاد)',
    minutes_zero: '{{count}} دقيقة',
    minutes_one: '{{count}} دقيقة',
    minutes_two: '{{count}} دقيقتان',
    minutes_few: '{{count}} دقائق',
    minutes_many: '{{count}} دقيقة',
    minutes_other: '{{count}} دقيقة',
    save: 'حفظ',
    saved_zero: 'تم الحفظ: {{count}} دقيقة.',
    saved_one: 'تم الحفظ: {{count}} دقيقة.',
    saved_two: 'تم الحفظ: {{count}} دقيقتان.',
    saved_few: 'تم الحفظ: {{count}} دقائق.',
    saved_many: 'تم الحفظ: {{count}} دقيقة.',
    saved_other: 'تم الحفظ: {{count}} دقيقة.',
    end: 'في نهاية الورشة، زر « إنهاء ومسح كل شيء » يمسح هذا الإعداد أيضًا: يرجع الكمبيوتر إلى الإعداد المعتاد للشخص التالي.',
    offline: {
      title: 'العمل بدون إنترنت',
      intro:
        'عندما يصبح جاهزًا، يقوم هذا الكمبيوتر بكل الدروس بدون إنترنت: في قاعة بدون اتصال، أو إذا انقطع الإنترنت. هو يحفظ فقط ملفات Pas à pas، ولا يحفظ أبدًا ما يفعله الأشخاص: زر « إنهاء ومسح كل شيء » يمسح دائمًا كل شيء.',
      checking: 'جارٍ التحقق…',
      ready: 'جاهز: يستطيع هذا الكمبيوتر القيام بكل الدروس بدون إنترنت.',
      update: 'نسخة جديدة من Pas à pas جاهزة أيضًا: ستُستعمل بعد إغلاق كل نوافذ Pas à pas.',
      preparing: 'جارٍ التجهيز… اترك الإنترنت وهذه الصفحة مفتوحين.',
      missing: 'ليس جاهزًا بعد: بدون إنترنت، لن تعمل الدروس على هذا الكمبيوتر.',
      failed: 'التجهيز لم ينتهِ. تأكد أن الإنترنت يعمل، ثم اضغط على الزر مرة أخرى.',
      unsupported:
        'هذا المتصفح لا يستطيع حفظ Pas à pas للعمل بدون إنترنت (متصفح قديم، أو نافذة خاصة). استعمل متصفحًا آخر، أو اترك الإنترنت متصلًا أثناء الورشة.',
      prepare: 'جهّز للعمل بدون إنترنت',
    },
  },
  presenter: presenterAr,
  group: groupAr,
  handouts: handoutsAr,
} satisfies Messages<typeof advisorFr>;
