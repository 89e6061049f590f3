/** The type of `.remarkrc.mjs`, for the test that runs it. */
import type { PluggableList } from 'unified';

declare const config: { plugins: PluggableList };
export default config;
