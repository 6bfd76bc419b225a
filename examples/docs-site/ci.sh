#!/bin/sh
# What a CI job runs for this documentation site, with an installed tipkit on PATH:
# check every citation in the team's pages, generate the law pages, build the site.
# Each step fails the job on its own: an unresolved citation (exit 1), an export or a
# site build that goes wrong.
set -eu
cd "$(dirname "$0")"

# In GitHub Actions, problems become annotations on the lines of the pull request.
format=text
if [ "${GITHUB_ACTIONS:-}" = true ]; then format=github; fi

tip cite --check docs --format "$format"
tip export --format md --flavor mkdocs --out docs/law
if [ "${TIPKIT_SKIP_SITE_BUILD:-}" = 1 ]; then
  echo "ci.sh: site build skipped (TIPKIT_SKIP_SITE_BUILD=1)" >&2
else
  mkdocs build --strict --site-dir site
fi
