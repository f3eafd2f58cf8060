// Package rules turns the facts of an audit (chain snapshot, registries,
// sanctions lists, reference data) into findings: one function per rule of
// the catalogue in the product brief, grouped in one file per family
// (sanctions, asset, holder, ownership, vessel, contract, input). Rules
// never read files, print or dial a node; the same facts give the same
// findings, in the same order, with the same fingerprints.
package rules
