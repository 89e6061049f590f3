/**
 * The files of a persona's practice computer (« Ordinateur › Documents »): scans and photos a
 * lesson asks the learner to send. They only exist in the practice world (DESIGN.md: files stay
 * in the practice world): choosing one never touches the real computer's files.
 */
import * as z from 'zod/mini';
import type { Persona } from './types.ts';

/** The formats a practice file can have. */
export const practiceFileFormats = ['pdf', 'jpg', 'png', 'docx', 'heic'] as const;

/** One file of the practice computer. */
export interface PracticeFile {
  /** Its name with its extension (« bulletin-octobre-2026.pdf »). */
  name: string;
  format: (typeof practiceFileFormats)[number];
  /** Its size in kilobytes (« 180 Ko »; 6 200 shows « 6,2 Mo »). */
  sizeKb: number;
  pages: number;
  /** `floue`: a blurred photo, the preview shows it blurred. */
  quality: 'nette' | 'floue';
  /** What the preview shows, in French (« Bulletin de salaire d'octobre 2026, page 1 »). */
  description: string;
}

/** One entry of a persona's `documents:` list, as written in YAML (French keys). */
export const practiceFileSchema = z.object({
  fichier: z.string().check(z.regex(/^[^/\\]+\.[a-z0-9]+$/i, 'must be a file name with its extension')),
  format: z.enum(practiceFileFormats),
  taille_ko: z.number().check(z.positive(), z.lte(1_000_000)),
  pages: z._default(z.int().check(z.positive()), 1),
  qualite: z._default(z.enum(['nette', 'floue']), 'nette'),
  description: z.string().check(z.minLength(1)),
});

/** A persona's `documents:` list. */
export const practiceFilesSchema = z.array(practiceFileSchema);

/** The persona's practice files, in the order of its `documents:` (none when it has none or they are malformed). */
export function practiceFilesOf(persona: Persona): PracticeFile[] {
  const parsed = practiceFilesSchema.safeParse(persona.documents ?? []);
  if (!parsed.success) return [];
  return parsed.data.map((d) => ({
    name: d.fichier,
    format: d.format,
    sizeKb: d.taille_ko,
    pages: d.pages,
    quality: d.qualite,
    description: d.description,
  }));
}

/** A size as a French file manager shows it: « 180 Ko », « 6,2 Mo ». */
export function formatFileSize(sizeKb: number): string {
  if (sizeKb < 1000) return `${Math.max(1, Math.round(sizeKb))} Ko`;
  const mb = Math.round(sizeKb / 100) / 10;
  return `${String(mb).replace('.', ',')} Mo`;
}
