// Command audit reconciles the holders of tokens that claim to own real
// assets against vessel and company registries and sanctions lists. See
// doc.go and docs/commands.md for the commands, the README for the exit codes.
package main

import (
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/tokenaudit/audit/internal/report"
)

func main() {
	os.Exit(run())
}

// run runs the command line and returns the exit code; it is the only place
// an error becomes a message on stderr, one line starting "audit: " (control
// characters, such as a newline in a file name, shown as escapes).
func run() int {
	stopOnSignal()
	err := helpTopicUsage(newApp().Run(os.Args))
	if err != nil {
		// trailing white space (a node's error body ending in a line
		// break) is not shown as an escape
		fmt.Fprintf(os.Stderr, "audit: %s\n", termText(strings.TrimRight(err.Error(), " \t\r\n")))
	}
	return exitCode(err)
}

// signals is where an interrupt or termination signal is delivered while
// a command runs, until a command that handles them itself (devnet) takes
// them over with keepSignals.
var signals = make(chan os.Signal, 1)

// stopOnSignal makes an interrupt (Ctrl-C) or a termination signal (a
// scheduler's timeout) remove the temporary files the process has open (a
// report being written, a spooled standard input) and exit 130 or 143, as
// a shell reports a process the signal killed, instead of dying with them
// left behind.
func stopOnSignal() {
	signal.Notify(signals, os.Interrupt, syscall.SIGTERM)
	go func() {
		s, ok := <-signals
		if !ok {
			return
		}
		report.Temporary.RemoveAll()
		fmt.Fprintf(os.Stderr, "audit: stopped by %v\n", s)
		code := 130
		if s == syscall.SIGTERM {
			code = 143
		}
		os.Exit(code)
	}()
}

// keepSignals hands the signals over to a command that shuts down on its
// own when they come (devnet).
func keepSignals() {
	signal.Stop(signals)
}
