export const id = 470;
export const ids = [470];
export const modules = {

/***/ 65470:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderJunitReport: () => (/* binding */ renderJunitReport)
/* harmony export */ });
/* harmony import */ var fast_xml_parser__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20925);
/* harmony import */ var _sanitize_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54020);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26916);
// The results as JUnit XML, for test-report tooling.



const builder = new fast_xml_parser__WEBPACK_IMPORTED_MODULE_2__/* ["default"] */ .A({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    format: true,
    suppressEmptyNode: true,
});
const seconds = (ms) => (ms / 1000).toFixed(3);
/** Most rerun elements written for one check; the count is in each element's message. */
const MAX_RERUN_ELEMENTS = 20;
/**
 * Retries as the Maven Surefire rerun schema has them, which CI tools (Jenkins, GitLab, the
 * JUnit report actions) understand: a pass after failed attempts carries one <flakyFailure>
 * per failed attempt, a failure one <rerunFailure> per attempt after the first.
 */
function rerunElements(status, attempts) {
    if (attempts === undefined || attempts < 2 || status === 'skipped')
        return {};
    const reruns = Math.min(attempts - 1, MAX_RERUN_ELEMENTS);
    const element = status === 'passed' ? 'flakyFailure' : 'rerunFailure';
    const message = status === 'passed'
        ? `failed ${attempts - 1} time(s), passed on attempt ${attempts}`
        : `failed all ${attempts} attempts`;
    return {
        [element]: Array.from({ length: reruns }, () => ({ '@message': message, '@type': 'retry' })),
    };
}
function renderJunitReport(run) {
    const { outcome } = run;
    const cases = outcome.checks.length > 0
        ? outcome.checks.map((c) => ({
            '@name': (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .xmlText */ .xK)(c.name),
            '@classname': `preflight.${c.level}`,
            '@time': seconds(c.durationMs),
            ...(c.status === 'failed' && {
                failure: {
                    '@message': (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .xmlText */ .xK)(c.message),
                    '@type': c.level,
                    '#text': (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .xmlText */ .xK)([c.message, c.remediation, c.output].filter(Boolean).join('\n\n')),
                },
            }),
            ...(c.status === 'skipped' && { skipped: { '@message': (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .xmlText */ .xK)(c.message) } }),
            ...rerunElements(c.status, c.attempts),
        }))
        : [
            {
                '@name': 'smoke suite',
                '@classname': 'preflight.suite',
                '@time': seconds(outcome.durationMs),
                ...(outcome.status === 'skipped'
                    ? { skipped: { '@message': 'health checks skipped' } }
                    : outcome.status !== 'passed' && {
                        failure: {
                            '@message': (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .xmlText */ .xK)(outcome.notes[0] ?? _messages_js__WEBPACK_IMPORTED_MODULE_1__/* .STATUS_LINE */ .qn[outcome.status]),
                            '@type': outcome.status,
                            '#text': (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .xmlText */ .xK)([...outcome.notes, outcome.outputTail].join('\n\n')),
                        },
                    }),
            },
        ];
    const failures = cases.filter((c) => 'failure' in c).length;
    const skipped = cases.filter((c) => 'skipped' in c).length;
    const suite = {
        '@name': `preflight ${run.mode ?? 'unknown'}`,
        '@tests': cases.length,
        '@failures': failures,
        '@errors': 0,
        '@skipped': skipped,
        '@time': seconds(outcome.durationMs),
        '@timestamp': run.startedAt.toISOString(),
        testcase: cases,
    };
    return builder.build({
        '?xml': { '@version': '1.0', '@encoding': 'UTF-8' },
        testsuites: {
            '@name': 'preflight-gate',
            '@tests': cases.length,
            '@failures': failures,
            testsuite: suite,
        },
    });
}


/***/ })

};
