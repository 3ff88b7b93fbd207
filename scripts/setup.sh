#!/usr/bin/env bash
# Installs everything the kit and its tests need beyond the .NET SDK, on a bare Debian 12 machine or a developer's:
#   apt:    chromium (browser tests, screenshots), bubblewrap (the grading sandbox), jupyter-nbconvert and
#           python3-nbclient (the Jupyter path), fonts-dejavu-core and fonts-noto-cjk (the system fonts the pages fall
#           back on; the charts and the site load their own pinned fonts from npm, see package.json)
#   npm:    the pinned web assets in package.json (plotly.js, KaTeX, highlight.js, the fonts), when node_modules is
#           missing or was installed from another package-lock.json
#   dotnet: the NuGet packages of course.sln and the .NET Interactive kernel pinned in .config/dotnet-tools.json
# Each step checks before it acts, so a second run changes nothing and takes a few seconds. scripts/test.sh, .ci/run and
# the devcontainer all call this script. As a user other than root, apt-get runs through sudo.
#
#   bash scripts/setup.sh            all of it
#   bash scripts/setup.sh --no-apt   skip the apt step (say what is missing instead)
set -euo pipefail
cd "$(dirname "$0")/.."

apt=1
for arg in "$@"; do
  case "$arg" in
    --no-apt) apt=0 ;;
    *) echo "setup.sh: unknown option '$arg'; the only option is --no-apt." >&2; exit 2 ;;
  esac
done

need=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need+=(chromium)
command -v bwrap >/dev/null 2>&1 || need+=(bubblewrap)
for pkg in jupyter-nbconvert python3-nbclient fonts-dejavu-core fonts-noto-cjk; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  if [ "$apt" -eq 0 ]; then
    echo "setup.sh: missing Debian packages: ${need[*]}. Install them with: sudo apt-get install ${need[*]}" >&2
    exit 2
  fi
  if [ "$(id -u)" -eq 0 ]; then as_root=(); elif command -v sudo >/dev/null 2>&1; then as_root=(sudo); else
    echo "setup.sh: missing Debian packages: ${need[*]}, and no sudo to install them; as root: apt-get install ${need[*]}" >&2
    exit 2
  fi
  echo "== apt: ${need[*]}"
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# npm ci when node_modules is missing or stale: npm writes node_modules/.package-lock.json on every install, so the
# stamp below records which package-lock.json the folder was installed from.
command -v npm >/dev/null 2>&1 || { echo "setup.sh: npm is missing; install Node.js 20 or later (sudo apt-get install nodejs npm)." >&2; exit 2; }
stamp=node_modules/.course-kit-lock.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "== npm ci: the web assets pinned in package.json"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$want" >"$stamp"
fi

echo "== dotnet: NuGet packages and the pinned .NET Interactive kernel"
dotnet restore course.sln --nologo -v quiet
dotnet tool restore >/dev/null
