/** The one-tag bundle's entry: everything, defined, for a plain <script> or <script type="module">. */
import './define.js';
