/**
 * « Documents »: by year, the avis d'impôt (and, once the declaration is signed, the avis de
 * situation déclarative), each opened as a PDF in the practice browser's viewer; an avis not yet
 * online says from when it will be.
 */
import { TargetButton } from '../../framework/TargetButton.tsx';

/** One year of « Documents ». */
export interface DocumentYear {
  /** The year of the avis (the avis 2025 is on the income of 2024). */
  year: number;
  /** Opens the avis de situation déclarative, once the declaration of that year is signed. */
  openAsdir?: (() => void) | undefined;
  /** Opens the avis d'impôt; absent: not online yet. */
  openNotice?: (() => void) | undefined;
  /** When the avis will be online (« fin juillet 2026 »), for an avis not online yet. */
  availableFrom?: string | undefined;
}

/** The documents page. */
export function Documents({ years }: { years: readonly DocumentYear[] }) {
  return (
    <section className="impots-panel" aria-labelledby="impots-documents-title">
      <h1 id="impots-documents-title" tabIndex={-1}>
        Documents
      </h1>
      {years.map(({ year, openAsdir, openNotice, availableFrom }) => (
        <section key={year} className="impots-docyear" aria-labelledby={`impots-docyear-${year}`}>
          <h2 id={`impots-docyear-${year}`}>{year}</h2>
          <ul className="impots-doclist">
            {openAsdir && (
              <li>
                <TargetButton target="impots.documents.asdir" className="impots-doc" onPress={openAsdir}>
                  <span aria-hidden="true" className="impots-doc__icon">
                    PDF
                  </span>
                  Avis de situation déclarative à l’impôt sur le revenu {year} (revenus {year - 1})
                </TargetButton>
              </li>
            )}
            {openNotice ? (
              <li>
                <TargetButton target={`impots.documents.avis.${year}`} className="impots-doc" onPress={openNotice}>
                  <span aria-hidden="true" className="impots-doc__icon">
                    PDF
                  </span>
                  Avis d’impôt {year} sur les revenus {year - 1}
                </TargetButton>
              </li>
            ) : (
              availableFrom && (
                <li className="impots-doc impots-doc--later">
                  Avis d’impôt {year} sur les revenus {year - 1} : disponible à partir de {availableFrom}.
                </li>
              )
            )}
          </ul>
        </section>
      ))}
    </section>
  );
}
