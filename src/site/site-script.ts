// The one script every exported page loads: the search box, and the ticks of checklist pages.
import './search-client.js';
import './ticks.js';
