/** Stands in for `ajv-formats` in the browser build; see no-compiler.browser.ts for why. */
import { addFormats } from './no-compiler.browser.ts';

export default addFormats;
