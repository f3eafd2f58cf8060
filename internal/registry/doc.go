// Package registry loads vessel, company, ownership, wallet and claims
// registers from spreadsheets (XLSX, CSV) and BODS JSON into plain records,
// each keeping the file, sheet, row and column it came from. It validates
// but never decides what is suspicious.
package registry
