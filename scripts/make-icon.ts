/** Draws the app icon (build/icon.png, 512×512) so the installer has one without binary art in review. */
import { writeFileSync } from 'node:fs';
import { createCanvas } from '@napi-rs/canvas';

const size = 512;
const canvas = createCanvas(size, size);
const g = canvas.getContext('2d');
g.fillStyle = '#0b4f8a';
g.beginPath();
g.roundRect(0, 0, size, size, 96);
g.fill();
g.fillStyle = '#ffd400';
g.beginPath();
g.arc(size / 2, 190, 90, 0, Math.PI * 2);
g.fill();
g.fillStyle = '#ffffff';
g.font = 'bold 120px sans-serif';
g.textAlign = 'center';
g.fillText('1 CỬA', size / 2, 430);
writeFileSync(new URL('../build/icon.png', import.meta.url), canvas.toBuffer('image/png'));
