/**
 * Renders the app shell (header, loading map, intro) into dist/index.html after `vite build`, so
 * the first paint shows the real layout before any JavaScript runs and nothing shifts when it does.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from '../src/app/App';

const MARKER = '<!--app-shell-->';
const file = 'dist/index.html';
const html = readFileSync(file, 'utf8');
if (!html.includes(MARKER)) throw new Error(`${file} has no ${MARKER} marker`);
writeFileSync(file, html.replace(MARKER, renderToString(createElement(App))));
console.error(`prerendered the app shell into ${file}`);
