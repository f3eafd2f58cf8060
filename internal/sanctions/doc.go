// Package sanctions loads sanctions lists (OFAC SDN, UN Security Council,
// OpenSanctions, wallet lists), indexes their identifiers and names, and
// screens queries against them with an explanation for every match.
package sanctions
