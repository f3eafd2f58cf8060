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
// a.k.a. names (weak aliases), "Linked To" owners, birth dates,
// nationalities and the countries of identity documents ("Passport
// 752512703 (Russia)", "National ID No. ...", "Cedula No. ...": not tax or
// company numbers); from a UN entry's documents, their issuing countries;
// from a UN entry's COMMENTS1, company IMO numbers in each
// wording the list uses ("IMO number: N", "(IMO) Number: N", "Company
// Number IMO N"). An address in Hong Kong or Macau, which OFAC add.csv and
// the UN write as city or state "Hong Kong", country "China", gives its
// entry both countries (HK or MO, and CN). Each alias keeps its kind as far as the list tells it
// (OFAC alt.csv's aka/fka/nka and the Remarks' f.k.a./n.k.a./a.k.a., the
// UN's alias quality and name in original script; OpenSanctions' aliases
// are plain), and a name match says which name matched and its kind
// (Match.Name, Match.NameKind, Match.NameNote); an alias read from alt.csv
// keeps that file and its date (Entry.AliasSources), which a match on it
// cites (Match.Cited); so does an identifier or alias found only in the
// part of Remarks sdn_comments.csv continues past sdn.csv's cut at 1,000
// characters (Entry.IdentifierSources, AliasSources). Rows of add/alt/comments files whose ent_num has no
// sdn.csv row are ignored and counted in the Source's Warnings, which say
// the files look like different editions. A birth-date range
// ("DOB 01 Jan 1967 to 31 Dec 1969", the UN's BETWEEN) keeps both ends and
// every year between; an approximate date ("circa", APPROXIMATELY) two
// years either side. A list that yields no entry, or a row cut off, is an
// error naming the file and row; what a list lacks (an sdn.csv with no
// alt.csv beside it: no aliases) is in the Source's Warnings. A list date
// read from the file (OpenSanctions last_change, UN dateGenerated) must be a
// real YYYY-MM-DD date or an ISO 8601 timestamp; another value is not taken
// and is named in the Warnings.
//
// Every file is read once, as a stream (CSV row by row, the UN XML one
// INDIVIDUAL or ENTITY at a time), never held whole, and hashed as it is
// read (Source.SHA256 covers every byte). Entries keep copies of the values
// they use, not the rows they were read from, and the values rows repeat
// (datasets, countries, dates, sanctions programs) once: a generated
// 1.2M-row targets.simple.csv of 279 MB loads into about 750 MB of entries
// before indexing, and its 3.45M names into a name index of about 1.7 GB
// (about 500 bytes a name: an indexed name is a 32-byte record whose words
// are read back from the index's dictionary).
//
// # Names
//
// A name is folded (accents of Latin, Greek and Cyrillic letters removed,
// Hangul syllables read as words in the Revised Romanization, other scripts
// transliterated to Latin with go-unidecode, case, dots and apostrophes
// dropped), "LAST, First"
// reordered for display, vessel prefixes (M/V, MV, MT, SS...) dropped, legal
// forms folded to a class with the table in orgtypes.txt (derived from
// opensanctions/rigour, MIT; a name of two words and unknown type ending in
// a form of up to three letters, "Sovcomflot Ltd" or "Li Na", is read both
// ways: as a person's name, the form a word, and as an organisation's, the
// form folded, never compared with a person's name), and numbers, numbers written out
// ("Forty-Four") and roman numerals of i, v and x set apart ("I" stays a
// word, "V" and "X" are numbers only at the end, and persons' names have
// none: "Xi"); a name of numbers only (ELEVEN EIGHTY EIGHT LIMITED: 11, 88)
// compares them as words, never joined ("1 1" and "1+1" are not 11). In a person's name, titles at the front ("Mr", "His
// Excellency", "Shaikh") are dropped and the particles "bin", "ibn", "ben"
// folded to one (namewords.txt, from rigour). In a person's name, or one of
// unknown type with no legal form and no common organisation word,
// initials written together with dots are read apart ("Putin V.V.",
// "Путин В.В.": PUTIN, V, V; not PUTIN, VV), and a letter written with a
// dot is an initial, not a numeral ("Putin V."). A Cyrillic letter read as
// several Latin letters (Ю, Я, Ж, Х, Ц, Ч, Ш, Щ, Ё), or a Latin spelling
// of one written as an initial ("Yu.", "Iu.", "Kh."), is one initial
// ("Андропов Ю.В.", "Andropov Yu.V.": ANDROPOV, YU., V), which stands for
// a word starting with any of its readings in BGN/PCGN, ICAO, GOST and
// German or French spelling (YURI, IURII, JURIJ; initialReadings in
// match.go); E, Е and Э also stand for YE and JE (YEVGENY).
//
// Words are aligned one to one (equal words first, then words written
// together on one side, then similar words, then runs of words joined; a
// word and a run are only compared when they begin with the same three
// letters, since names written together or apart are rarely also misspelt
// at their start, or when both spell one organisation word, and when their
// spelling similarity alone reaches the cut: they keep their letters). Two
// words are similar when their skeletons are near (the word with vowels made
// one letter, letters often written for one another made one, doubled
// letters and an h after a consonant dropped; at most one edit apart for
// skeletons of 3 to 5 letters, two beyond, none below), they share enough
// trigrams, and their spelling similarity, or its mean with their
// Jaro-Winkler similarity, reaches 0.80; a word and a run of words joined
// must have equal skeletons.
// The spelling similarity is a Damerau-Levenshtein distance where a vowel
// for another vowel, a letter for one transliterations or typing confuse
// with it ("c"/"k", "v"/"w", "g"/"k", "0"/"o") or a doubled letter costs
// half an edit, and one spelling of a sound for another ("x"/"ks",
// "kh"/"h", "eo"/"o", "eo"/"u", "ch"/"j") half an edit per letter it
// changes. Two spellings of
// one common organisation word ("intl", "international") are similar (0.95).
// When one name is written in an abjad (Arabic, Hebrew, Syriac or Thaana
// letters, which leave short vowels out) and the other is not, words are
// also compared by their consonants: محمد ("mhmd") and Mohamed are similar
// (0.85; 0.80 for words of one consonant, علي and Ali). Vowels, y and w are
// dropped, v kept or dropped (Hebrew's vav), the h of digraphs and a final
// h dropped. Two such names whose consonants, word after word, are the same
// match whatever their words (0.85 for each word): عبد الله ~ Abdullah,
// عبد الرحمن ~ Abdul Rahman, the article written with either word.
// Consonants alone do not tell long vowels apart: حسن (Hasan) also meets
// Hussein, and علي حسن (Ali Hassan) meets Al Hassan. Spellings of one Korean family name in the Revised
// Romanization, McCune-Reischauer (as the DPRK, OFAC and UN lists write
// it) and customary use are similar (0.90: 박 "bak", PAK, Park; 이 "i", RI,
// Lee), from the table in namewords.txt. A person's name in Cyrillic whose
// words are all Korean syllables as Russian writes them (Kontsevich and its
// customary variants), a Korean family name first or last, is also read in
// Korean, each syllable as the lists write it (Ким Чен Ын ~ KIM Jong Un,
// Ли Сон Гвон ~ RI Son Gwon), a syllable ending in н both with n and ng;
// "Сергей Ким" or "Ким Филби" is not read in Korean. A name in
// Ukrainian Cyrillic (with і, ї, є or ґ, or an apostrophe inside a word),
// or in Cyrillic with neither those nor a letter only Russian writes (ы,
// э, ъ, ё: Гончаренко ~ HONCHARENKO as well as GONCHARENKO, Микола ~
// MYKOLA), is also read in Ukraine's official romanization, KMU 2010 (Г H, И Y,
// Є YE or IE, Ї YI or I, Й Y or I, Ю YU or IU, Я YA or IA, Ь and the
// apostrophe dropped: Григорій ~ HRYHORII as well as GRIGORIY); a
// person's name in Latin letters spelled in KMU 2010 (a word ending in
// -ych, -ivna, -ii or -yi) is also read the Russian way, its H for Г
// written G and its Y written I (Malyshev Mykhailo Hryhorovych ~ MALYSHEV,
// Mikhail Grigorevich; Volodymyr ~ VLADIMIR). An
// organisation's name in Hangul, written without spaces, has the common
// words of North Korean organisation names set apart and read as
// organisation words or legal forms (은행 BANK, 무역 TRADING, 회사 COMPANY,
// 조선 KOREA; namewords.txt, orgtypes.txt), the syllables between them as one
// proper name (조선광선은행 ~ KOREA KWANGSON BANKING CORPORATION).
//
// Each word counts its length; a common organisation word ("bank", "group",
// "trading": rigour's organisation symbols) counts half of it outside
// persons' names. In two persons' names with a word matched, an initial
// standing for a word left on the other side (V and VLADIMIR) counts as
// matched at 0.5, and so does that word when it is in the longer name and
// a word at either end of it is matched (a family name first or last).
// Initials agree in order: each stands for the next word left on the other
// side, or a later one when that one starts with another letter ("Putin
// E.V." and Vladimir Vladimirovich: E stands for VLADIMIR and disagrees).
// A match resting on one word spelt out, the others initials ("Putin
// V.V.", "J. Smith"), scores at most 0.79, to review, unless that word has
// 8 letters or more, is not a common given name, and every word of both
// names is matched ("N. Nazarbayev" ~ Nursultan Nazarbayev). A common
// given name is a word the OFAC list writes as a given name ("LAST,
// First") for two persons or more and for more persons than as a family
// name (givennames.txt, made from the list by TestGivenNamesTable):
// "MOHAMMED A.", "ABDULLAH A." stay to review; and an initial never ends
// a run of words joined ("Mohammed A" is not MOHAMMADI). The score mixes the matched share of the shorter name
// (0.7) and of the longer (0.3), and is multiplied by penalties for:
//   - numbers that differ or stand on one side only: another hull for
//     vessels (×0.6 when they differ, ×0.75 when one name has none, which
//     leaves an exact name in the review band); another fund, trust or year
//     of a series for others (×0.85);
//   - legal forms of another class;
//   - words of two persons' names left unmatched on both sides: another
//     person, not an added middle name (×(1 - the larger unmatched share));
//     a name screened without a type and with no legal form is compared
//     with a listed person as a person's name;
//     an initial, the start of a word, or a near miss (spelling similarity
//     0.6 or more) is no difference;
//   - persons' words in another order, unless rotated (family name first
//     or last);
//   - a name of one word, listed or screened, found in a longer name whose
//     other words are not organisation words ("DANIEL", a vessel, in
//     "Daniel Ryan"; the query "Golden" in GOLDEN STAR CO, "HUA" in the
//     vessel HUA FU): the match rests on one word (×0.90, and at most 0.79,
//     to review); a name that is the word once its legal forms are dropped
//     (GOLDEN LTD), or a person's title and one name ("President
//     Erdoğan"), is not such a match;
//   - two organisations' names each leaving a common organisation word
//     unmatched (BANK, TRADING): another kind of organisation (×0.90);
//   - organisation names none of whose distinctive words (not common
//     organisation words) is matched exactly, apart or together: a possible
//     match to review, not a match (×0.95);
//   - Han, Hangul or Kana characters that differ: a character is a syllable
//     or a word, though transliterated alike (×the share of equal ones);
//   - weak aliases, and a query country or birth year the entry
//     contradicts (×0.85 and ×0.75); a name of another country is at most
//     0.79, a match to review even when the names are the same, unless a
//     birth date agrees (the same date, or the same year where one of the
//     two gives only the year): then ×0.85 alone.
//
// Each factor is written into the match's Explanation.
//
// On nomenklatura's labelled pairs the default threshold 0.80 gives F1 0.890
// on cases-dev.csv (the rows the scoring was tuned on; OpenSanctions
// logic-v2 gets 0.779) and 0.840 on the 112 checks.yml pairs left out of it;
// 0.75 would give 0.894 and 0.833, so the default stays. The matcher finds
// 168 of yente's 170 UN names altered by typos or order, and 19 of
// watchman's 22 cross-script pairs.
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
// posted at load time under their own rarest words' terms. Similar words
// are found by the hashes of their skeletons with up to two letters deleted
// (deletion neighbourhoods, as in SymSpell: two strings k edits apart share
// a variant with at most k letters deleted from each), runs of words joined
// by the hash of their skeleton, synonyms such as CO and CORPORATION by
// their group, spellings of one name in other romanizations by theirs,
// words similar by their consonants by the hash of those, names with the
// same consonants as a whole by theirs;
// the similar words of a query word are remembered. Before a listed word is
// read, it is ruled out by its letters and a 128-bit signature of its
// trigrams kept beside its skeleton's word list, and a skeleton by the
// union of its words' signatures (wordfilter.go). Each
// candidate is bounded by its words' best similarities, each word weighed
// as its own name weighs it (a person's organisation words count in full;
// an initial, and a word of the longer name starting with a first letter
// of a reading of an initial of the other, at 0.5), and only those whose bound reaches R are scored. The properties of the
// scoring this relies on are written in nameindex.go and skeleton.go and
// checked by TestScoreBoundProperty, TestSkeletonLookupHolds,
// TestOsaWithinAndDeletionHashes and TestIndexFindsDistantSynonyms;
// TestIndexRecallEqualsBruteForce, TestIndexEqualsBruteForceGenerated and
// TestAbjadNames compare Name with NameBrute; TestWordFilterKeepsSimilarWords
// checks the filters never rule out a similar word.
//
// # Measurements
//
//	go test ./internal/sanctions -run 'Nomenklatura|Yente|CrossScript' -v   # F1 on nomenklatura cases-dev.csv and held-out checks, recall on yente and watchman pairs (SANCTIONS_MISSES=1 lists errors)
//	go test ./internal/sanctions -run '^$' -bench ScreenNames -benchtime 1x   # names/s, index against brute force
//	go run ./bench screen -entries 1000000 -queries 10000 -brute 2 -workers 2  # a generated 1M-entry list
//	go test ./internal/sanctions -run '^$' -fuzz FuzzLoadSDN -fuzztime 60s    # also FuzzLoadUN, FuzzLoadOpenSanctions, FuzzLoadWallets, FuzzScoreNames
//
// The tests on real lists read ../shared/data from the repository root and
// skip when it is absent.
package sanctions
