// pytest without glue: a suite command that runs pytest gets a JUnit report in the gate's own
// temporary directory and a small plugin that writes each test's p0/p1/p2 marker as its level.
// The plugin ships inside the bundle as text and is written out next to the report at run time
// (the action runs only dist/), then loaded with `-p`.

import { writeFile } from 'node:fs/promises'
import path from 'node:path'

/** The plugin's module name: unlikely to shadow anything on the suite's own path. */
export const PYTEST_PLUGIN_MODULE = 'preflight_gate_levels'

/** `-m <subset>` replaces the document's `--subset <subset>`, which pytest refuses (exit 4). */
export const PYTEST_SUBSET_ARGS = '-m {subset}'

// Markers p0/p1/p2 or the P0_HEALTH style of docs/source-document.md (the gate's own level names); the
// strictest one on a test wins. The level is a user property, which pytest writes as
// <property name="level"> on the test case in every junit_family, without the warning that
// record_property gives under xunit2.
const PLUGIN_SOURCE = `"""Preflight Gate: a test's p0/p1/p2 marker is its level in the JUnit report."""
import os
import re

_LEVEL = re.compile(r"^p([0-2])(?:[_-][a-z0-9]+)*$", re.IGNORECASE)


def pytest_configure(config):
    for level, kind in (("0", "health"), ("1", "integration"), ("2", "cosmetic")):
        about = "a P%s (%s) check of the preflight gate" % (level, kind)
        config.addinivalue_line("markers", "p%s: %s" % (level, about))
        config.addinivalue_line("markers", "P%s_%s: %s" % (level, kind.upper(), about))
    # The subset the gate selects with -m (e.g. production) is a marker too.
    subset = os.environ.get("PREFLIGHT_SUBSET", "")
    if re.match(r"^[A-Za-z_][A-Za-z0-9_]*$", subset) and subset != "full":
        config.addinivalue_line("markers", "%s: the preflight gate's %s subset" % (subset, subset))


def pytest_collection_modifyitems(session, config, items):
    for item in items:
        levels = sorted(m.group(1) for m in (_LEVEL.match(mark.name) for mark in item.iter_markers()) if m)
        if levels:
            item.user_properties.append(("level", "P" + levels[0]))
`

const PYTHON = /^python(\d+(\.\d+)*)?$/
/** Python's options that take the next word as their value. */
const INTERPRETER_OPTIONS_WITH_VALUE = new Set(['-X', '-W', '--check-hash-based-pycs'])

/** True when the command runs pytest: `pytest`, `py.test`, `python -m pytest`, `python3 -m pytest`. */
export function runsPytest(argv: readonly string[]): boolean {
  const [program, ...rest] = argv
  if (program === undefined) return false
  const name = path.basename(program)
  if (name === 'pytest' || name === 'py.test') return true
  if (!PYTHON.test(name)) return false
  // Interpreter options may come first (`python3 -X dev -B -m pytest`); -m ends them.
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string
    if (arg === '-m') return rest[i + 1] === 'pytest'
    if (!arg.startsWith('-')) return false
    if (INTERPRETER_OPTIONS_WITH_VALUE.has(arg)) i++
  }
  return false
}

export interface PytestGlue {
  /** Appended to the command: the plugin and, when the gate reads the report, --junitxml. */
  args: string[]
  /** PYTHONPATH for the suite, with the plugin's directory first. */
  pythonPath: string
  /** The JUnit report the gate reads, or null when the workflow named its own results. */
  junitPath: string | null
}

/** Writes the plugin into the gate's temporary directory and says how pytest is to load it. */
export async function preparePytest(
  dir: string,
  options: { junit: boolean; pythonPath: string | undefined },
): Promise<PytestGlue> {
  await writeFile(path.join(dir, `${PYTEST_PLUGIN_MODULE}.py`), PLUGIN_SOURCE, { mode: 0o600 })
  const junitPath = options.junit ? path.join(dir, 'pytest-junit.xml') : null
  return {
    args: ['-p', PYTEST_PLUGIN_MODULE, ...(junitPath ? [`--junitxml=${junitPath}`] : [])],
    pythonPath: options.pythonPath ? `${dir}${path.delimiter}${options.pythonPath}` : dir,
    junitPath,
  }
}
