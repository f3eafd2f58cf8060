// Package report holds the report model, whose JSON form is the canonical
// result of an audit, and the writers that render it as text, JSON, XLSX and
// HTML. Every writer is a pure function of a Report.
package report
