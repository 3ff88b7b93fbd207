#!/usr/bin/env bash
# Makes the course copy students get, as a new git repository in DEST: this repository's committed files (HEAD) with each
# homework source replaced by its released student version (solutions stubbed, hidden checks and outputs removed), and
# without what is the instructor's: the tests (they grade the sources' solutions), CI, the instructors' guide and the
# Classroom set-up. Push DEST as the class repository (the one students clone or open in Codespaces); keep this one private.
#   usage: scripts/student-copy.sh DEST      (DEST must not exist; nothing of yours is overwritten)
#   env:   NBRUN  the runner command (default: dotnet run --project lib/NotebookRunner --)
set -euo pipefail
cd "$(dirname "$0")/.."
dest=${1:-}
if [ -z "$dest" ]; then echo "usage: scripts/student-copy.sh DEST (a folder that does not exist yet)" >&2; exit 2; fi
if [ -e "$dest" ]; then echo "student-copy: $dest already exists; give a new folder (nothing was written)" >&2; exit 2; fi
if ! git diff --quiet HEAD -- notebooks lib data 2>/dev/null; then
  echo "student-copy: note: uncommitted changes in notebooks/, lib/ or data/ are not in the copy (it is made from HEAD)" >&2
fi
commit=$(git rev-parse --short HEAD)

echo "== the committed files of $commit, without the instructor's parts"
mkdir -p "$dest"
git archive HEAD | tar -x -C "$dest"
# Every project under tests/ leaves the solution with the folder (whatever test projects there are).
dotnet sln "$dest/course.sln" list | tr -d '\r' | grep -E '^tests[/\\]' | while read -r project; do
  dotnet sln "$dest/course.sln" remove "$dest/${project//\\//}" >/dev/null
done
rm -rf "$dest/tests" "$dest/.ci" "$dest/docs/instructors.md" "$dest/docs/instructors.ja.md" "$dest/docs/classroom" "$dest/scripts/test.sh"
# The Japanese of the hidden checks' hints tells what each hidden check tries: the grader's, not the students'.
rm -f "$dest/lib/NotebookRunner/Reports/ja.hints.txt"

echo "== homework: the student versions in place of the sources"
rm "$dest"/notebooks/homework/*.ipynb
${NBRUN:-dotnet run --project lib/NotebookRunner --} release notebooks/homework --out "$dest/notebooks/homework" --keep-paths
# The Japanese edition's homework (NAME.ja.ipynb beside each source): a folder gives one edition, so each by name.
for source in notebooks/homework/*.ja.ipynb; do
  [ -e "$source" ] || continue
  ${NBRUN:-dotnet run --project lib/NotebookRunner --} release "$source" --out "$dest/notebooks/homework" --keep-paths
done

# A last look, as a student who wants the answers: no notebook may still hold a solution or a hidden check.
if grep -rlI --include='*.ipynb' --include='*.dib' -e "BEGIN SOLUTION" -e "HIDDEN CHECK" "$dest" >&2; then
  echo "student-copy: the notebooks above still hold solutions or hidden checks; $dest is not safe to hand out" >&2
  exit 1
fi

cat > "$dest/STUDENT-COPY.md" <<EOF
# The students' copy of the course kit

Made by \`scripts/student-copy.sh\` from commit $commit of the instructors' repository. The lessons, the library and the
data are the same; the homework notebooks in \`notebooks/homework/\` are the student versions (fill in each
\`throw new NotImplementedException(...)\`, run the check under it). The tests, CI and the instructors' guide are not
included, so README's test command and instructor sections do not apply here.

Set up: \`dotnet tool restore && npm ci && dotnet build lib/NeuralNetworks\`, then open \`notebooks/00-getting-started.ipynb\`
in VS Code (Polyglot Notebooks), or open the repository in GitHub Codespaces.
EOF

git -C "$dest" init -q
git -C "$dest" add -A
git -C "$dest" -c user.name="course kit" -c user.email="course-kit@localhost" commit -q -m "Course kit for students (from $commit)"
echo "student copy: $dest (a git repository with one commit; push it as the class repository)"
