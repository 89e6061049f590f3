/** The CAF copy's error summary: the shared one (`framework/ui`) in the CAF's look. */
import { ErrorSummary as SiteErrorSummary, type ErrorSummaryProps } from '../../framework/ui/ErrorSummary.tsx';

export type { ErrorSummaryProps, FormError } from '../../framework/ui/ErrorSummary.tsx';

/** « Le formulaire contient N erreur(s) », with links to the fields. */
export function ErrorSummary(props: ErrorSummaryProps) {
  return <SiteErrorSummary classPrefix="caf" {...props} />;
}
