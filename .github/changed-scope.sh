#!/usr/bin/env bash
# Prints content-only=true when the pull request being checked changes files
# under content/ only, content-only=false otherwise (and for any event other
# than a pull request: pushes to main always run everything). Run at the
# checkout of the pull request's merge commit, whose first parent is the base
# branch. Names are read NUL-separated, so no file name can confuse it, and
# a file moved into content/ counts where it came from too (--no-renames).
set -euo pipefail

if [ "${EVENT:-}" != "pull_request" ] || ! git rev-parse --verify --quiet HEAD^1 >/dev/null; then
  echo "content-only=false"
  exit 0
fi

changed=$(git diff --no-renames --name-only -z HEAD^1 HEAD | tr '\0' '\n')
printf 'changed:\n%s\n' "$changed" >&2
if git diff --no-renames --name-only -z HEAD^1 HEAD | grep -zqv '^content/'; then
  echo "content-only=false"
else
  echo "content-only=true"
fi
