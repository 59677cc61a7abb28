/**
 * The search page in the browser: reads the search from the URL into the form, and hands the form's
 * events to the controller (controller.ts), which searches and has the view (render.ts) show the results.
 */
import { parseSearch } from '../../lib/search/page-state.ts';
import { SearchController, type Known } from './controller.ts';
import { SearchView } from './render.ts';

const root = document.querySelector<HTMLElement>('[data-search-app]')!;
const view = new SearchView(root);
// The years and issuers a query's words can name are the filters' values; the common tokens come as one string.
const known: Known = { years: view.filterValues('year'), issuers: view.filterValues('issuer'), common: (root.dataset.common ?? '').split(' ').filter(Boolean) };
const controller = new SearchController(view, root.dataset.base!, known);

view.form.addEventListener('submit', (event) => {
  event.preventDefault();
  controller.submitted(event.timeStamp);
});
// Filters and sort run the search at once. The text box fires change too (on Enter, just before the form's
// submit): that one is left to submit, or the query would be searched twice (measured: 20–30 ms lost).
view.form.addEventListener('change', (event) => {
  if (event.target !== view.input) void controller.run();
});
view.input.addEventListener('input', () => controller.typed(view.input.value));
view.more.addEventListener('click', () => void controller.showMore());
// Arrow down from the box goes to the first result.
view.input.addEventListener('keydown', (event) => {
  if (event.key === 'ArrowDown') {
    view.focusResult();
    event.preventDefault();
  }
});

view.applyState(parseSearch(location.search));
root.classList.add('ready');
void controller.run();
