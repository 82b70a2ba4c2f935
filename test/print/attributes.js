// Sets the panel's attributes from the page address's query (?layout=accordion&limit=2…): a flag
// without a value is a boolean attribute. A module script, as the strict CSP of the server allows.
const panel = document.querySelector('partnership-panel');
for (const [name, value] of new URLSearchParams(location.search)) panel.setAttribute(name, value);
