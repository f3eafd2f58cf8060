// Package sanctions loads sanctions lists (OFAC SDN, UN Security Council,
// OpenSanctions, wallet lists), indexes their identifiers and names, and
// screens queries against them with an explanation for every match.
//
// # Loading
//
// Load recognises each file from its content (DetectFormat): the OFAC SDN
// legacy CSV (with add.csv, alt.csv and sdn_comments.csv picked up from
// beside sdn.csv; Remarks continued from sdn_comments.csv), the UN
// consolidated XML, OpenSanctions targets.simple.csv and address lists
// (address[,name], with or without a header). From OFAC Remarks it takes EVM
// addresses (any currency tag, only complete 0x+40-hex values), ship IMO,
// company IMO, MMSI, registration numbers, f.k.a./n.k.a. names (aliases),
// a.k.a. names (weak aliases), "Linked To" owners, birth dates and
// nationalities. Rows of add/alt/comments files whose ent_num has no sdn.csv
// row are counted in the Source's Notes and ignored.
//
// # Names
//
// A name is folded (accents removed, other scripts transliterated to Latin
// with go-unidecode, case, dots and apostrophes dropped), "LAST, First"
// reordered for display, vessel prefixes (M/V, MV, MT, SS...) dropped, legal
// forms folded to a class with the table in orgtypes.txt (derived from
// opensanctions/rigour, MIT), and numbers and roman numerals set apart.
// Words are aligned one to one (equal words first, then words written
// together on one side, then similar words by Jaro-Winkler averaged with
// Levenshtein similarity, then runs of words joined). The score mixes the
// matched share of the shorter name (0.7) and of the longer (0.3), and is
// multiplied by penalties for differing numbers, legal forms of another
// class, persons' words in another order, weak aliases, and a query country
// or birth year that the entry contradicts. Each factor is written into the
// match's Explanation.
//
// # Index
//
// Index.Name finds every listed name that can score at or above the review
// threshold R without scoring the others, so its result is exactly
// Index.NameBrute's (which scores every listed name). A name pair reaches R
// only if the shorter name has a matched share of at least
// (R-0.3)/0.7 of its weight, so a hit holds a term similar to one of the
// shorter name's rarest words (prefix filtering): the index probes the
// names holding terms similar to the query's rarest words, and the names
// posted at load time under their own rarest words' terms. Similar terms
// (words and runs of words joined) are found in a trigram index, by length
// band and common prefix (Jaro-Winkler cannot reach the cut between words
// of very different lengths unless they begin alike), and remembered per
// query word. Each candidate is bounded by its words' best similarities
// and only those whose bound reaches R are scored. The properties of the
// scoring this relies on are written in nameindex.go and checked by
// TestScoreBoundProperty; TestIndexRecallEqualsBruteForce and
// TestIndexEqualsBruteForceGenerated compare Name with NameBrute.
//
// # Measurements
//
//	go test ./internal/sanctions -run Nomenklatura -v          # precision, recall, F1 on nomenklatura cases-dev.csv
//	go test ./internal/sanctions -run '^$' -bench ScreenNames -benchtime 1x   # names/s, index against brute force
//	go run ./bench screen -entries 1000000 -queries 10000 -brute 2 -workers 2  # a generated 1M-entry list
//	go test ./internal/sanctions -run '^$' -fuzz FuzzLoadSDN -fuzztime 60s    # also FuzzLoadUN, FuzzLoadOpenSanctions, FuzzLoadWallets, FuzzScoreNames
//
// The tests on real lists read ../shared/data from the repository root and
// skip when it is absent.
package sanctions
