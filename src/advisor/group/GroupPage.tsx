/** Placeholder of the advisor skeleton: replaced by its part of issue 12. */
export function GroupPage() {
  return <p className="page">GroupPage</p>;
}
