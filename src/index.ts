/** The main entry: registers `<invoice-communications>` and exports everything in `./api.js`. */
import './define.js';
export * from './api.js';
