#!/usr/bin/env bash
# Regenerates examples/resumes from examples/generator/sources.
# Needs a JDK 17+ and network access to Maven Central the first time (PDFBox and POI are fetched
# into the local Maven repository). Run from anywhere; paths are resolved from this script.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
classpath_file="$(mktemp)"
trap 'rm -f "$classpath_file"' EXIT
"$root/mvnw" -q -B -f "$here/pom.xml" dependency:build-classpath -Dmdep.outputFile="$classpath_file"
java -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory -cp "$(cat "$classpath_file")" "$here/GenerateExamples.java" "$here/sources" "$root/examples/resumes"
