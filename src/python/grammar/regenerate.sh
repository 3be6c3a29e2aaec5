#!/bin/sh
# Regenerate the committed parser from python.grammar (needs devDependency @lezer/generator).
# Usage: sh src/python/grammar/regenerate.sh   (from the repository root)
set -e
cd "$(dirname "$0")"
../../../node_modules/.bin/lezer-generator --typeScript python.grammar -o parser.ts
