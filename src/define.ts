/** Registers every tag, once, through the guarded define. */
import { define } from './internal/define.js';
import { elements } from './internal/elements.js';

for (const [name, constructor] of elements) define(name, constructor);
