// @vitest-environment node
/**
 * In an Arabic lesson, the site's French labels, numbers, identifiers and amounts stay left to
 * right: the compiler isolates each quoted French label (as French) and each run of Latin letters
 * and digits that holds a digit, and leaves the rest of the text alone.
 */
import { describe, expect, it } from 'vitest';
import { ltrRuns } from '../../src/compiler/plugin/remark-lesson-ltr-runs.ts';

describe('ltrRuns', () => {
  it('isolates a number written in groups, with the spaces between its groups', () => {
    expect(ltrRuns('الرقم هو 2 86 03 75 114 023 63 على البطاقة.')).toEqual([
      { text: 'الرقم هو ', ltr: false },
      { text: '2 86 03 75 114 023 63', ltr: true },
      { text: ' على البطاقة.', ltr: false },
    ]);
  });

  it('keeps an amount with its euro sign and a password with its closing mark', () => {
    expect(ltrRuns('المبلغ 320,00 € وكلمة المرور Jasmin2026!')).toEqual([
      { text: 'المبلغ ', ltr: false },
      { text: '320,00 €', ltr: true },
      { text: ' وكلمة المرور ', ltr: false },
      { text: 'Jasmin2026!', ltr: true },
    ]);
  });

  it('leaves Latin words without a digit to the browser', () => {
    expect(ltrRuns('اضغط على Mon Compte.')).toEqual([{ text: 'اضغط على Mon Compte.', ltr: false }]);
  });

  it('isolates a quoted French label as French, guillemets included, and the digits around it', () => {
    expect(ltrRuns('في خانة « Numéro de sécurité sociale » (رقم الضمان الاجتماعي)، اكتب 13 رقمًا.')).toEqual([
      { text: 'في خانة ', ltr: false },
      { text: '« Numéro de sécurité sociale »', ltr: true, french: true },
      { text: ' (رقم الضمان الاجتماعي)، اكتب ', ltr: false },
      { text: '13', ltr: true },
      { text: ' رقمًا.', ltr: false },
    ]);
  });

  it('leaves a quotation in Arabic alone', () => {
    expect(ltrRuns('اضغط على « أرني ».')).toEqual([{ text: 'اضغط على « أرني ».', ltr: false }]);
  });
});
