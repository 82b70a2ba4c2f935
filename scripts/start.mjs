#!/usr/bin/env node
// `npm start`: builds the bundle, then serves the demo on localhost and prints its address.
import { spawnSync } from 'node:child_process';
import { serve } from './serve.mjs';

const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status || 1);

// PORT=n serves on port n (an error if it is taken); without it, on 8000 or the first free port after it.
const { url } = await serve({ port: Number(process.env.PORT) || undefined });
console.log(
  `\npartnership-panel demo: ${url}/demo/\n  school page: ${url}/demo/school.html\n  clinic page: ${url}/demo/clinic.html\n  configurator: ${url}/demo/configurator.html\n(Ctrl+C stops it.)`,
);
