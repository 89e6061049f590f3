/**
 * The permanent banner at the top of every practice site: it says, in plain words, that this is
 * a copy for practising and not the real site. It cannot be closed.
 */
import './practiceBanner.css';

export interface PracticeBannerProps {
  /** The real site's name phrase, after « le vrai site », e.g. `de la CAF`. */
  site?: string;
  /** What this copy is not, in full, e.g. `votre vraie messagerie` (default: `le vrai site <site>`). */
  notThe?: string;
}

/** « Site d'entraînement — ce n'est pas le vrai site de la CAF ». */
export function PracticeBanner({ site = '', notThe }: PracticeBannerProps) {
  const what = notThe ?? `le vrai site ${site}`.trim();
  return (
    <p className="practice-banner" role="note">
      <span className="practice-banner__badge" aria-hidden="true">
        !
      </span>
      <span>
        <strong>Site d’entraînement</strong>
        {` — ce n’est pas ${what}`}
      </span>
    </p>
  );
}
