/** FranceConnect's header: its mark and name (drawn for the practice pages, no State logo). */
import { FranceConnectMark } from '../../framework/franceconnect/FranceConnectMark.tsx';

export function FranceConnectHeader() {
  return (
    <header className="fcp-header">
      <span className="fcp-header__brand">
        <FranceConnectMark className="fcp-header__mark" />
        <span className="fcp-header__name">FranceConnect</span>
      </span>
    </header>
  );
}
