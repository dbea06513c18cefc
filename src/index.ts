/** The main entry: registers `<invoice-communications>` and exports everything in `./element.js`. */
import './define.js';
export * from './element.js';
