/** Placeholder of the advisor skeleton: replaced by its part of issue 12. */
export function RunSheetPage({ id }: { id: string }) {
  return <p className="page">RunSheetPage {id}</p>;
}
