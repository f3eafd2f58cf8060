// Package audit runs the pipeline end to end: it reads the chain, loads the
// registries and sanctions lists, evaluates the rules and assembles the
// canonical report. It decides nothing itself and prints nothing; the
// command line calls it and writes what it returns.
package audit
