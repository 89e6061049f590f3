/**
 * Renders a practice document as a real PDF (A4, standard Helvetica): the issuer and the title at
 * the top, the sections with their headings, lines wrapped to the page, new pages as needed, and
 * on every page « Document d'entraînement — sans valeur officielle ». pdf-lib is imported when a
 * document is rendered, so it never weighs on the learner's first page.
 */
import { practiceDocumentNotice, type PracticeDocument } from './practiceDocument.ts';

const page = { width: 595.28, height: 841.89 };
const margin = 56;
const size = { issuer: 10, title: 17, heading: 12.5, text: 11, notice: 9 };
const leading = { title: 22, heading: 18, text: 15.5 };
const bottom = margin + 30;

/** Characters the standard fonts' WinAnsi encoding lacks, and what is printed instead (the first the font has). */
const replacements: Readonly<Record<string, readonly string[]>> = {
  '\u202f': ['\u00a0', ' '], // narrow no-break space (before « ; : ! ? »)
  '\u00a0': [' '],
  '\u2009': [' '],
  '\u2007': [' '],
  '\u2011': ['-'],
  '\u2010': ['-'],
  '\u2212': ['-'],
  '\u2192': ['->'],
  '\u2264': ['<='],
  '\u2265': ['>='],
  '\u2713': ['x'],
  '\u2714': ['x'],
};

/** A text the font can print: each character it lacks replaced (« ? » when nothing fits). */
export function printable(text: string, supported: ReadonlySet<number>): string {
  const fits = (value: string) => [...value].every((c) => supported.has(c.codePointAt(0) ?? 0));
  let out = '';
  for (const char of text.normalize('NFC')) {
    if (char === '\t') out += '    ';
    else if (fits(char)) out += char;
    else out += (replacements[char] ?? []).find(fits) ?? '?';
  }
  return out;
}

/** `text` cut into lines no wider than `width` (words longer than a line are cut). */
export function wrap(text: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (measure(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = word;
    while (measure(line) > width && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && measure(line.slice(0, cut)) > width) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  lines.push(line);
  return lines;
}

/** The PDF of `doc`: its bytes, starting `%PDF-`. */
export async function renderPdf(doc: PracticeDocument): Promise<Uint8Array> {
  return (await renderPdfFile(doc)).bytes;
}

/** The PDF of `doc` and how many pages it has. */
export async function renderPdfFile(doc: PracticeDocument): Promise<{ bytes: Uint8Array; pages: number }> {
  const { PDFDocument, StandardFonts, rgb } = await import('pdf-lib');
  const pdf = await PDFDocument.create();
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const supported = new Set(regular.getCharacterSet());
  const text = (value: string) => printable(value, supported);
  pdf.setTitle(text(doc.title));
  pdf.setAuthor(text(doc.issuer));
  pdf.setSubject(practiceDocumentNotice);
  pdf.setProducer("Pas à pas — site d'entraînement");
  pdf.setCreator("Pas à pas — site d'entraînement");
  pdf.setLanguage('fr-FR');

  const grey = rgb(0.3, 0.3, 0.3);
  const black = rgb(0.07, 0.07, 0.07);
  const red = rgb(0.62, 0.05, 0.05);
  const width = page.width - 2 * margin;
  const pages: ReturnType<typeof pdf.addPage>[] = [];
  let current = pdf.addPage([page.width, page.height]);
  pages.push(current);
  let y = page.height - margin;

  const draw = (value: string, font: typeof regular, fontSize: number, color = black) => {
    current.drawText(value, { x: margin, y, size: fontSize, font, color });
  };
  const newPage = () => {
    current = pdf.addPage([page.width, page.height]);
    pages.push(current);
    y = page.height - margin;
    draw(text(`${doc.issuer} — ${doc.title}`), regular, size.issuer, grey);
    y -= leading.text * 1.5;
  };
  const ensure = (height: number) => {
    if (y - height < bottom) newPage();
  };
  const paragraph = (value: string, font: typeof regular, fontSize: number, lineHeight: number, color = black) => {
    for (const line of wrap(text(value), width, (t) => font.widthOfTextAtSize(t, fontSize))) {
      ensure(lineHeight);
      draw(line, font, fontSize, color);
      y -= lineHeight;
    }
  };

  // Header: the issuer, the title, a rule.
  paragraph(doc.issuer, bold, size.issuer, leading.text, grey);
  y -= 6;
  paragraph(doc.title, bold, size.title, leading.title);
  current.drawLine({
    start: { x: margin, y: y + 8 },
    end: { x: page.width - margin, y: y + 8 },
    thickness: 1,
    color: grey,
  });
  y -= 12;
  for (const section of doc.sections) {
    if (section.heading !== undefined) {
      ensure(leading.heading + leading.text);
      y -= 6;
      paragraph(section.heading, bold, size.heading, leading.heading);
    }
    for (const line of section.lines) {
      if (line.trim() === '') y -= leading.text / 2;
      else paragraph(line, regular, size.text, leading.text);
    }
    y -= leading.text / 2;
  }

  // Every page says what it is, and its number.
  const notice = text(practiceDocumentNotice);
  pages.forEach((p, index) => {
    p.drawLine({
      start: { x: margin, y: margin + 16 },
      end: { x: page.width - margin, y: margin + 16 },
      thickness: 0.5,
      color: grey,
    });
    p.drawText(notice, { x: margin, y: margin, size: size.notice, font: bold, color: red });
    const number = `Page ${index + 1} / ${pages.length}`;
    p.drawText(number, {
      x: page.width - margin - regular.widthOfTextAtSize(number, size.notice),
      y: margin,
      size: size.notice,
      font: regular,
      color: grey,
    });
  });
  return { bytes: await pdf.save(), pages: pages.length };
}
