/** Placeholder of the advisor skeleton: replaced by its part of issue 12. */
export function PresenterPage({ id }: { id: string }) {
  return <p className="page">PresenterPage {id}</p>;
}
