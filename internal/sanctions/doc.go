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
// Index.Name looks each query word up in a dictionary of every listed word
// and run of words (by trigram counts), and scores only the names holding a
// similar term; a bound on the score shows the others cannot reach the
// review threshold, so the result is the one scoring every name would give
// (TestIndexRecallEqualsBruteForce, TestIndexEqualsBruteForceGenerated).
//
// # Measurements
//
//	go test ./internal/sanctions -run Nomenklatura -v          # precision, recall, F1 on nomenklatura cases-dev.csv
//	go test ./internal/sanctions -run '^$' -bench ScreenNames -benchtime 1x   # names/s, index against brute force
//	go test ./internal/sanctions -run '^$' -fuzz FuzzLoadSDN -fuzztime 60s    # also FuzzLoadUN, FuzzLoadOpenSanctions, FuzzLoadWallets, FuzzScoreNames
//
// The tests on real lists read ../shared/data from the repository root and
// skip when it is absent.
package sanctions
