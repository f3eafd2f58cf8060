package main

import (
	"fmt"
	"os"
	"strconv"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

func TestMain(m *testing.M) {
	os.Exit(testscript.RunMain(m, map[string]func() int{"audit": run, "exitcode": exitcodeMain, "ttyaudit": ttyMain}))
}

// exitcodeMain is "exitcode N audit ARGS..." (or ttyaudit): it runs audit with ARGS and
// succeeds only when audit exits with code N, so that scripts can tell a
// usage error (2) from a failure (1).
func exitcodeMain() int {
	if len(os.Args) < 3 || os.Args[2] != "audit" && os.Args[2] != "ttyaudit" {
		fmt.Fprintln(os.Stderr, "usage: exitcode N audit|ttyaudit ARGS...")
		return 1
	}
	if os.Args[2] == "ttyaudit" {
		isTerminal = func(*os.File) bool { return true }
	}
	want, err := strconv.Atoi(os.Args[1])
	if err != nil {
		fmt.Fprintf(os.Stderr, "exitcode: %v\n", err)
		return 1
	}
	os.Args = os.Args[2:]
	if got := run(); got != want {
		fmt.Fprintf(os.Stderr, "exitcode: audit exited %d, want %d\n", got, want)
		return 1
	}
	return 0
}

// ttyMain is "ttyaudit ARGS...": audit run as if stdout and stderr were
// terminals, so that scripts can check what a terminal gets (colour, NO_COLOR).
func ttyMain() int {
	isTerminal = func(*os.File) bool { return true }
	return run()
}

// TestScripts runs the command-line scripts in testdata/script, one behaviour
// per script. The fixture files are available under $FIXTURES, a newline
// under $NL.
func TestScripts(t *testing.T) {
	fixtures, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			env.Setenv("FIXTURES", fixtures+"/../../fixtures")
			env.Setenv("SOURCE_DATE_EPOCH", "1767225600")
			env.Setenv("NL", "\n") // scripts cannot write a newline in an argument otherwise
			return nil
		},
	})
}
