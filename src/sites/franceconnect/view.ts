export { FranceConnectSite as default } from './FranceConnectSite.tsx';
