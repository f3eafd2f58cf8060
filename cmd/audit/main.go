// Command audit reconciles the holders of tokens that claim to own real
// assets against vessel and company registries and sanctions lists. See
// doc.go and the README for the commands and exit codes.
package main

import (
	"fmt"
	"os"
)

func main() {
	os.Exit(run())
}

// run runs the command line and returns the exit code; it is the only place
// an error becomes a message on stderr, one line starting "audit: " (control
// characters, such as a newline in a file name, shown as escapes).
func run() int {
	err := helpTopicUsage(newApp().Run(os.Args))
	if err != nil {
		fmt.Fprintf(os.Stderr, "audit: %s\n", termText(err.Error()))
	}
	return exitCode(err)
}
