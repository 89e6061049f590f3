/** Placeholder of the advisor skeleton: replaced by its part of issue 12. */
export function SessionListPage() {
  return <p className="page">SessionListPage</p>;
}
