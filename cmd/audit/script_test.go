package main

import (
	"os"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

func TestMain(m *testing.M) {
	os.Exit(testscript.RunMain(m, map[string]func() int{"audit": run}))
}

// TestScripts runs the command-line scripts in testdata/script, one behaviour
// per script. The fixture files are available under $FIXTURES.
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
			return nil
		},
	})
}
