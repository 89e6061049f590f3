/** A mark evoking FranceConnect's, drawn for the practice pages (not the official asset). */
export function FranceConnectMark({ className }: { className?: string }) {
  return (
    <svg className={className} viewBox="0 0 40 44" width="40" height="44" aria-hidden="true" focusable="false">
      <path d="M20 2 37 12v20L20 42 3 32V12Z" fill="#fff" />
      <path d="M20 8 31.5 14.6v13.8L20 35 8.5 28.4V14.6Z" fill="#2a2aa8" />
      <path d="M14 27V16h9M14 21.5h7" fill="none" stroke="#fff" strokeWidth="2.6" strokeLinecap="round" />
      <circle cx="27" cy="25.5" r="2.6" fill="#e1000f" />
    </svg>
  );
}
