package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/tokenaudit/audit/internal/report"
)

// Exit codes, as documented in the README.
const (
	exitOK       = 0
	exitFailure  = 1
	exitUsage    = 2
	exitFindings = 3
)

// usageError is a mistake in how the command was called: exit code 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// usageErrorf reports a bad flag, argument or combination of them.
func usageErrorf(format string, args ...any) error {
	return usageError{msg: fmt.Sprintf(format, args...)}
}

// findingsError says the command finished and produced findings at or above
// the --fail-on threshold: exit code 3. Its message is printed to stderr.
type findingsError struct {
	count     int
	threshold report.Severity
	what      string // "finding(s)", or "problem(s)" for registry check
}

func (e findingsError) Error() string {
	what := e.what
	if what == "" {
		what = "finding(s)"
	}
	return fmt.Sprintf("%d %s at or above %s", e.count, what, e.threshold)
}

// errFindings makes the exit-3 error for count findings at or above threshold,
// or nil when count is zero.
func errFindings(count int, threshold report.Severity) error {
	if count == 0 {
		return nil
	}
	return findingsError{count: count, threshold: threshold}
}

// errProblems is errFindings for the problems 'registry check' found, each
// an INPUT-ROW finding of severity medium in an audit.
func errProblems(count int, threshold report.Severity) error {
	if count == 0 {
		return nil
	}
	return findingsError{count: count, threshold: threshold, what: "problem(s)"}
}

// matchesError says 'screen --fail-on-match' found queries with a match at
// or above the threshold: exit code 3, like findings.
type matchesError struct {
	matched, queries int
	threshold        float64
	unscreened       int // rows of --queries files that could not be screened
}

func (e matchesError) Error() string {
	s := fmt.Sprintf("%d of %d queries matched at or above %.2f", e.matched, e.queries, e.threshold)
	if e.unscreened > 0 {
		s += fmt.Sprintf("; %d not screened: rows that cannot be read (listed above, and as error rows in the output)", e.unscreened)
	}
	return s
}

// helpTopicUsage turns urfave/cli's "No help topic for 'x'" ('audit help x',
// 'audit scan -h x'), an exit error of code 3 that would read as findings or
// fall through to 1, into a usage error; other errors are returned as they are.
func helpTopicUsage(err error) error {
	var ec cli.ExitCoder
	if errors.As(err, &ec) {
		if topic, ok := strings.CutPrefix(err.Error(), "No help topic for "); ok {
			return usageErrorf("no help topic %s (see 'audit --help')", topic)
		}
	}
	return err
}

// exitCode maps an error returned by a command to the process exit code.
func exitCode(err error) int {
	var u usageError
	var f findingsError
	var m matchesError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &f), errors.As(err, &m):
		return exitFindings
	case errors.As(err, &u):
		return exitUsage
	default:
		return exitFailure
	}
}
