// Stories import plain CSS for its side effect (Vite injects it).
declare module '*.css';
