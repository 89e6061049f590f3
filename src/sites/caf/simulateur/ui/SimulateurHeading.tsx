/** The title of a simulator page, under the simulator's name. */

export function SimulateurHeading({ title }: { title: string }) {
  return (
    <>
      <p className="caf-sim-kicker">Simulation · Prime d’activité</p>
      <h1 tabIndex={-1}>{title}</h1>
    </>
  );
}
