// Package refdata holds the small reference tables the loaders and rules
// share: ISO 3166-1 countries and their common spellings, the ITU MID table
// (MMSI prefix to country), the ITF flags of convenience and the secrecy
// jurisdictions. The tables are embedded CSV files whose source and date are
// in data/SOURCES.md; LoadDir replaces any of them with a newer copy.
package refdata
