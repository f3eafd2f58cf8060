package sanctions

import (
	"fmt"
	"strings"
	"testing"
)

// TestNameVariantsTable checks the variant lines of namewords.txt: every
// spelling is in one group only, and every group has two spellings or more.
func TestNameVariantsTable(t *testing.T) {
	groupOf, size := map[string]string{}, map[string]int{}
	for _, line := range strings.Split(nameWordsTable, "\n") {
		f := strings.Split(line, "\t")
		if f[0] != "variant" {
			continue
		}
		if len(f) != 3 {
			t.Fatalf("variant line %q: want a spelling and a group", line)
		}
		if g, ok := groupOf[f[1]]; ok {
			t.Errorf("%q is in groups %s and %s", f[1], g, f[2])
		}
		groupOf[f[1]] = f[2]
		size[f[2]]++
	}
	for g, n := range size {
		if n < 2 {
			t.Errorf("group %s has one spelling", g)
		}
	}
	if len(nameVariants) != len(groupOf) || len(groupOf) == 0 {
		t.Errorf("%d variant spellings loaded, %d in the table", len(nameVariants), len(groupOf))
	}
}

// TestKoreanFamilyNames checks names written in Hangul against the
// spellings of the DPRK, OFAC and UN lists (McCune-Reischauer) and the
// customary ones, scored alone and screened through the index, which must
// return what NameBrute does; and that another family name stays apart.
func TestKoreanFamilyNames(t *testing.T) {
	pairs := [][2]string{
		{"박영철", "PAK Yong Chol"}, {"리성혁", "RI Song Hyok"}, {"최춘영", "CHOE Chun Yong"},
		{"정명학", "JONG Myong Hak"}, {"박지성", "Park Ji Sung"}, {"이민호", "Lee Min Ho"}, {"이수영", "RI Su Yong"},
	}
	for _, p := range pairs {
		if s, expl := ScoreNames(p[0], p[1], "individual"); s < DefaultOptions.Threshold {
			t.Errorf("%s ~ %s: %.3f, want at least %.2f (%s)", p[0], p[1], s, DefaultOptions.Threshold, expl)
		}
	}
	// Another family name, another syllable (병 "byeong" is not YONG), or
	// the given name's syllables in another order (영수 is not SU YONG).
	for _, p := range [][2]string{{"박영철", "KIM Yong Chol"}, {"이민호", "Park Min Ho"}, {"김병철", "KIM Yong Chol"}, {"이상호", "RI Song Ho"}, {"이영수", "RI Su Yong"}} {
		if s, expl := ScoreNames(p[0], p[1], "individual"); s >= DefaultOptions.Threshold {
			t.Errorf("%s ~ %s: %.3f, another name (%s)", p[0], p[1], s, expl)
		}
	}
	var entries []*Entry
	for _, name := range []string{"PAK Yong Chol", "Park Yong Chul", "KIM Yong Chol", "RI Song Hyok", "Lee Song Hyuk",
		"CHOE Chun Yong", "JONG Myong Hak", "Park Ji Sung", "Lee Min Ho", "Yi Min Ho", "Li Ming", "박영철"} {
		entries = append(entries, &Entry{List: "test", EntryID: fmt.Sprint(len(entries)), Name: name, Type: "individual"})
	}
	ix := NewIndex(entries, DefaultOptions)
	for _, q := range []string{"박영철", "리성혁", "이민호", "박지성", "최춘영", "Pak Yong Chol", "Rhee Min Ho", "Bak Ji Seong"} {
		for _, typ := range []string{"", "individual"} {
			got, want := ix.Name(Query{Name: q, Type: typ}), ix.NameBrute(Query{Name: q, Type: typ})
			if !sameMatches(got, want) {
				t.Errorf("%q: index %s, brute force %s", q, matchNames(got), matchNames(want))
			}
		}
	}
	if got := ix.Name(Query{Name: "박영철"}); !hasMatch(got, "PAK Yong Chol") || !hasMatch(got, "Park Yong Chul") || hasMatch(got, "KIM Yong Chol") {
		t.Errorf("박영철: %s", matchNames(got))
	}
}

// TestChineseCompanyNames checks company names written in Chinese
// characters against the English names OFAC lists them under: the
// characters are read in pinyin (readHan), common words of company names
// are read as one word that is a synonym of its English translation
// (readHanWords: 实业 INDUSTRIAL, 航运 SHIPPING), names of places as lists
// write them (朝鲜 KOREA, 香港 HONG KONG), and the legal form is still
// folded. Another company of the same city stays apart, and the index
// returns what NameBrute does.
func TestChineseCompanyNames(t *testing.T) {
	pairs := [][2]string{
		{"丹东鸿祥实业发展有限公司", "DANDONG HONGXIANG INDUSTRIAL DEVELOPMENT CO LTD"},
		{"丹东鸿达贸易有限公司", "DANDONG HONGDA TRADE CO. LTD."},
		{"丹東東源實業有限公司", "DANDONG DONGYUAN INDUSTRIAL CO., LTD."}, // traditional characters
		{"上海炫润航运有限公司", "SHANGHAI XUANRUN SHIPPING COMPANY LIMITED"},
		{"上海东风航运有限公司", "SHANGHAI DONGFENG SHPG CO LTD"},
		{"北京星华恒诚科技发展有限公司", "BEIJING XINGHUA HENGCHENG TECHNOLOGY DEVELOPMENT COMPANY LIMITED"},
		{"武汉同盛科技有限公司", "WUHAN TONGSHENG TECHNOLOGY CO., LTD."},        // 汉: go-unidecode read "yi"
		{"广州和森进出口有限公司", "GUANGZHOU HESEN IMPORT AND EXPORT CO., LTD"}, // 广: go-unidecode read "yan"
		{"Dalian Zhenghua Trading Co Ltd", "DALIAN ZHENGHUA MAOYI YOUXIAN GONGSI"},
		{"朝鲜矿业开发贸易公司", "KOREA MINING DEVELOPMENT TRADING CORPORATION"}, // 朝鲜 read KOREA
		{"香港鸿达贸易有限公司", "HONG KONG HONGDA TRADING CO LTD"},
		{"厦门东方航运有限公司", "XIAMEN DONGFANG SHIPPING CO LTD"}, // 厦 read "xia" in Xiamen, not "sha"
		{"中国银行", "BANK OF CHINA"},                         // four characters, but no person's name
	}
	for _, p := range pairs {
		if s, expl := ScoreNames(p[0], p[1], "entity"); s < DefaultOptions.Threshold {
			t.Errorf("%s ~ %s: %.3f, want at least %.2f (%s)", p[0], p[1], s, DefaultOptions.Threshold, expl)
		}
	}
	for _, p := range [][2]string{
		{"丹东鸿祥实业发展有限公司", "DANDONG DONGYUAN INDUSTRIAL CO., LTD."},
		{"丹东鸿达贸易有限公司", "DANDONG XIANGHE TRADING CO., LTD."},
	} {
		if s, expl := ScoreNames(p[0], p[1], "entity"); s >= DefaultOptions.Review {
			t.Errorf("%s ~ %s: %.3f, another company (%s)", p[0], p[1], s, expl)
		}
	}
	var entries []*Entry
	for _, p := range pairs {
		entries = append(entries, &Entry{List: "test", EntryID: fmt.Sprint(len(entries)), Name: p[1], Type: "entity"})
	}
	entries = append(entries, &Entry{List: "test", EntryID: "x", Name: "DANDONG XIANGHE TRADING CO., LTD.", Type: "entity"})
	ix := NewIndex(entries, DefaultOptions)
	for i, p := range pairs {
		got, want := ix.Name(Query{Name: p[0]}), ix.NameBrute(Query{Name: p[0]})
		if !sameMatches(got, want) {
			t.Errorf("%q: index %s, brute force %s", p[0], matchNames(got), matchNames(want))
		}
		if len(got) == 0 || got[0].Entry != entries[i] {
			t.Errorf("%q: best match %s, want %s", p[0], matchNames(got), p[1])
		}
	}
}

// TestHanjaNames checks Korean names written in Han characters against
// their Latin spellings, both ways round and through the index, which must
// return what NameBrute does: they are read in Korean (金 as the family
// name Kim). Two names in Han characters are compared as written, so
// characters that read alike in Korean stay apart; a name that is not a
// Korean one (a Chinese family name in simplified characters) is not read
// in Korean.
func TestHanjaNames(t *testing.T) {
	pairs := [][2]string{
		{"金正恩", "KIM Jong Un"}, {"金正日", "KIM Jong Il"}, {"李成桂", "Yi Seong-gye"}, {"崔龍海", "CHOE Ryong Hae"},
	}
	for _, p := range pairs {
		for _, ab := range [][2]string{p, {p[1], p[0]}} {
			if s, expl := ScoreNames(ab[0], ab[1], "individual"); s < DefaultOptions.Threshold || !strings.Contains(expl, "read in Korean") {
				t.Errorf("%s ~ %s: %.3f, want at least %.2f read in Korean (%s)", ab[0], ab[1], s, DefaultOptions.Threshold, expl)
			}
		}
	}
	// A North Korean organisation's name in Chinese: its proper name read in
	// Korean, its other words translated.
	if s, expl := ScoreNames("朝鲜光鲜银行", "KOREA KWANGSON BANKING CORP", "entity"); s < DefaultOptions.Threshold || !strings.Contains(expl, "read in Korean") {
		t.Errorf("朝鲜光鲜银行 ~ KOREA KWANGSON BANKING CORP: %.3f, want at least %.2f read in Korean (%s)", s, DefaultOptions.Threshold, expl)
	}
	for _, p := range [][2]string{{"金正恩", "金正銀"}, {"张正恩", "JANG Jong Un"}} {
		if s, expl := ScoreNames(p[0], p[1], "individual"); s >= DefaultOptions.Threshold || strings.Contains(expl, "read in Korean") {
			t.Errorf("%s ~ %s: %.3f, want below %.2f, not read in Korean (%s)", p[0], p[1], s, DefaultOptions.Threshold, expl)
		}
	}
	var entries []*Entry
	for _, name := range []string{"KIM Jong Un", "KIM Jong Il", "CHOE Ryong Hae", "JANG Jong Un", "崔龍海", "金正銀", "ZHANG Jian"} {
		entries = append(entries, &Entry{List: "test", EntryID: fmt.Sprint(len(entries)), Name: name, Type: "individual"})
	}
	entries = append(entries, &Entry{List: "test", EntryID: "bank", Name: "KOREA KWANGSON BANKING CORP", Type: "entity"},
		&Entry{List: "test", EntryID: "komid", Name: "朝鲜矿业开发贸易公司", Type: "entity"})
	ix := NewIndex(entries, DefaultOptions)
	for _, q := range []string{"金正恩", "金正日", "崔龍海", "Choe Ryong Hae", "Kim Jong Eun", "张正恩", "朝鲜光鲜银行", "Korea Mining Development Trading Corporation"} {
		got, want := ix.Name(Query{Name: q}), ix.NameBrute(Query{Name: q})
		if !sameMatches(got, want) {
			t.Errorf("%q: index %s, brute force %s", q, matchNames(got), matchNames(want))
		}
	}
	if got := ix.Name(Query{Name: "金正恩"}); len(got) == 0 || got[0].Entry.Name != "KIM Jong Un" || hasMatch(got, "金正銀") {
		t.Errorf("金正恩: %s, want KIM Jong Un first and not 金正銀", matchNames(got))
	}
	if got := ix.Name(Query{Name: "Choe Ryong Hae"}); !hasMatch(got, "崔龍海") {
		t.Errorf("Choe Ryong Hae: %s, want the name listed in Han characters", matchNames(got))
	}
}

// TestChineseSyllables checks that a name in Han characters, read one
// syllable a character (the family name apart, the given name's syllables
// joined), matches a Latin name only by the same syllables, in pinyin or
// Wade-Giles: 郑 "zheng" is not ZHANG and 成 "cheng" not CHEN
// (they differ by a letter or two, which would be a typo in a Latin name);
// and that the index agrees with NameBrute.
func TestChineseSyllables(t *testing.T) {
	for _, p := range [][2]string{{"马晓红", "MA, Xiaohong"}, {"马晓红", "MA Xiao Hong"}, {"习近平", "XI Jinping"}, {"张建", "CHANG, Jian"}, {"张志强", "ZHANG Zhiqiang"}, {"欧阳修", "OUYANG Xiu"}} {
		if s, expl := ScoreNames(p[0], p[1], "individual"); s < DefaultOptions.Threshold {
			t.Errorf("%s ~ %s: %.3f, want at least %.2f (%s)", p[0], p[1], s, DefaultOptions.Threshold, expl)
		}
	}
	// 明珠 is one given name, Mingzhu, not ZHU.
	for _, p := range [][2]string{{"郑建", "ZHANG, Jian"}, {"金正恩", "ZHANG, Jian"}, {"成朱", "CHEN, Zhu"}, {"李宇", "YI, Yu"}, {"明珠 陳", "CHEN, Zhu"}, {"Zheng Jian", "ZHANG, Jiang"}} {
		s, expl := ScoreNames(p[0], p[1], "individual")
		latin := !strings.ContainsFunc(p[0], isHan)
		if latin && s < DefaultOptions.Review || !latin && s >= DefaultOptions.Review {
			t.Errorf("%s ~ %s: %.3f (%s)", p[0], p[1], s, expl)
		}
	}
	var entries []*Entry
	for _, name := range []string{"ZHANG, Jian", "CHEN, Zhu", "MA, Xiaohong", "CHANG, Jian", "YI, Yu"} {
		entries = append(entries, &Entry{List: "test", EntryID: fmt.Sprint(len(entries)), Name: name, Type: "individual"})
	}
	ix := NewIndex(entries, DefaultOptions)
	for _, q := range []string{"郑建", "金正恩", "成朱", "马晓红", "张建", "张志强", "李宇", "Zheng Jian"} {
		got, want := ix.Name(Query{Name: q}), ix.NameBrute(Query{Name: q})
		if !sameMatches(got, want) {
			t.Errorf("%q: index %s, brute force %s", q, matchNames(got), matchNames(want))
		}
	}
}

// TestCyrillicKoreanNames checks Korean names written in Cyrillic the
// Russian way (Kontsevich) against the spellings of the lists: they are
// also read in Korean, syllable by syllable (cyrillicKoreanReading), and
// the index returns what NameBrute does. A name with a word that is not a
// Korean syllable keeps its Russian reading only and still matches its
// Latin spelling; another given name stays apart.
func TestCyrillicKoreanNames(t *testing.T) {
	pairs := [][2]string{
		{"Ким Чен Ын", "KIM Jong Un"}, {"Пак Пон Джу", "PAK Pong Ju"}, {"Чхве Рён Хэ", "CHOE Ryong Hae"},
		{"Ли Сон Гвон", "RI Son Gwon"}, {"Ким Чен Ир", "KIM Jong Il"}, {"Ли Ён Хо", "RI Yong Ho"},
		{"Хён Ён Чхоль", "HYON Yong Chol"}, {"Ким Ё Чжон", "KIM Yo Jong"}, {"Чхве Рёнхэ", "CHOE Ryong Hae"},
	}
	for _, p := range pairs {
		for _, typ := range []string{"", "individual"} {
			for _, ab := range [][2]string{p, {p[1], p[0]}} {
				if s, expl := ScoreNames(ab[0], ab[1], typ); s < DefaultOptions.Threshold || !strings.Contains(expl, "read as a Korean name") {
					t.Errorf("%s ~ %s (%q): %.3f, want at least %.2f read as a Korean name (%s)", ab[0], ab[1], typ, s, DefaultOptions.Threshold, expl)
				}
			}
		}
	}
	// Another given name or family name: below the threshold.
	for _, p := range [][2]string{{"Ким Чен Ын", "KIM Jong Il"}, {"Ким Чен Ын", "KIM Yong Chol"}, {"Пак Пон Джу", "PAK Yong Chol"},
		{"Ли Сон Гвон", "RI Song Hyok"}, {"Ким Чен Ын", "JANG Jong Un"}, {"Чхве Рён Хэ", "CHOE Chun Yong"}} {
		if s, expl := ScoreNames(p[0], p[1], "individual"); s >= DefaultOptions.Threshold {
			t.Errorf("%s ~ %s: %.3f, another name (%s)", p[0], p[1], s, expl)
		}
	}
	// Russian names: no Korean reading when a word is not a Korean
	// syllable, and the Russian reading kept when there is one.
	for _, p := range [][2]string{{"Иван Петров", "Ivan Petrov"}, {"Ким Филби", "Kim Filby"}, {"Сергей Ким", "Sergei Kim"},
		{"Виктор Цой", "Viktor Tsoi"}, {"Инна Ким", "Inna Kim"}, {"Анна Пак", "Anna Pak"}} {
		if s, expl := ScoreNames(p[0], p[1], "individual"); s < DefaultOptions.Threshold {
			t.Errorf("%s ~ %s: %.3f, want at least %.2f (%s)", p[0], p[1], s, DefaultOptions.Threshold, expl)
		}
	}
	for _, name := range []string{"Иван Петров", "Ким Филби", "Сергей Ким", "Виктор Цой", "Ким", "Ким Чен Ын Иванович", "KIM Jong Un", "Ким Чен 2"} {
		if rs := cyrillicKoreanReadings(name, "individual"); len(rs) > 0 {
			t.Errorf("%s read as a Korean name (%s)", name, rs)
		}
	}
	if rs := cyrillicKoreanReadings("Ким Чен Ын", "entity"); len(rs) > 0 {
		t.Error("an entity's name read as a Korean person's")
	}
	if rs := nameReadings("Ким Чен Ын", "individual"); len(rs) != 5 || strings.Join(rs[0].words, " ") != "kim chen yn" || strings.Join(rs[3].words, " ") != "kim jong un" {
		t.Errorf("Ким Чен Ын: readings %v, want the Russian one and the Korean one", rs)
	}
	var entries []*Entry
	for _, name := range []string{"KIM Jong Un", "KIM Jong Il", "KIM Yong Chol", "PAK Pong Ju", "PAK Yong Chol", "CHOE Ryong Hae",
		"CHOE Chun Yong", "RI Son Gwon", "RI Song Hyok", "JANG Jong Un", "Ivan Petrov", "Kim Filby", "Чхве Рён Хэ", "김정은"} {
		entries = append(entries, &Entry{List: "test", EntryID: fmt.Sprint(len(entries)), Name: name, Type: "individual"})
	}
	ix := NewIndex(entries, DefaultOptions)
	for _, q := range []string{"Ким Чен Ын", "Пак Пон Джу", "Чхве Рён Хэ", "Ли Сон Гвон", "Ким Чен Ир", "Иван Петров", "Ким Филби",
		"Сергей Ким", "Choe Ryong Hae", "Kim Jong Un", "Чхве Рёнхэ", "Ким Ир Сен"} {
		for _, typ := range []string{"", "individual"} {
			got, want := ix.Name(Query{Name: q, Type: typ}), ix.NameBrute(Query{Name: q, Type: typ})
			if !sameMatches(got, want) {
				t.Errorf("%q (%q): index %s, brute force %s", q, typ, matchNames(got), matchNames(want))
			}
		}
	}
	for q, want := range map[string]string{"Ким Чен Ын": "KIM Jong Un", "Пак Пон Джу": "PAK Pong Ju", "Ли Сон Гвон": "RI Son Gwon", "Choe Ryong Hae": "Чхве Рён Хэ"} {
		if got := ix.Name(Query{Name: q, Type: "individual"}); !hasMatch(got, want) {
			t.Errorf("%s: %s, want %s", q, matchNames(got), want)
		}
	}
	if got := ix.Name(Query{Name: "Ким Чен Ын", Type: "individual"}); len(got) == 0 || got[0].Entry.Name != "KIM Jong Un" || hasMatch(got, "JANG Jong Un") {
		t.Errorf("Ким Чен Ын: %s, want KIM Jong Un first and not JANG Jong Un", matchNames(got))
	}
}

// TestHangulOrganisationNames checks North Korean organisation names
// written in Hangul, without spaces, against the English names the UN and
// OFAC lists give them: their common words are set apart and read as
// organisation words (은행 BANK, 무역 TRADING, 해운 SHIPPING, 회사 folded
// as COMPANY, 조선 KOREA), the syllables between them as one proper name
// (광선 KWANGSON). Another organisation of the same kind or name stays
// below the threshold, a person's name is still read syllable by syllable,
// and the index returns what NameBrute does.
func TestHangulOrganisationNames(t *testing.T) {
	pairs := [][2]string{
		{"조선광선은행", "KOREA KWANGSON BANKING CORPORATION"},
		{"조선대성은행", "KOREA DAESONG BANK"},
		{"조선대성은행", "Choson Taesong Unhaeng"},
		{"조선흥진무역회사", "KOREA HEUNGJIN TRADING COMPANY"},
		{"조선 금산 무역 회사", "KOREA KUMSAN TRADING CORPORATION"},
		{"조선안산해운회사", "KOREA ANSAN SHIPPING COMPANY"},
		{"조선련하기계합영회사", "KOREA RYONHA MACHINERY JOINT VENTURE CORPORATION"},
		{"청천강해운회사", "CHONGCHONGANG SHIPPING COMPANY"},
		{"단천상업은행", "TANCHON COMMERCIAL BANK"},
		{"고려은행", "KORYO BANK"},
		{"조선련봉총회사", "KOREA RYONBONG GENERAL CORPORATION"},
		{"조선광업개발무역회사", "KOREA MINING DEVELOPMENT TRADING CORPORATION"},
		{"대동신용은행", "DAEDONG CREDIT BANK"},
		{"TONGBANG U’NHAENG", "Dongbang BANK"},
	}
	for _, p := range pairs {
		for _, typ := range []string{"", "entity"} {
			for _, ab := range [][2]string{p, {p[1], p[0]}} {
				if s, expl := ScoreNames(ab[0], ab[1], typ); s < DefaultOptions.Threshold {
					t.Errorf("%s ~ %s (%q): %.3f, want at least %.2f (%s)", ab[0], ab[1], typ, s, DefaultOptions.Threshold, expl)
				}
			}
		}
	}
	negatives := [][2]string{
		{"조선광선은행", "KOREA KWANGSONG TRADING CORPORATION"},
		{"조선광선은행", "KOREA DAESONG BANK"},
		{"조선대성은행", "KOREA TAESONG TRADING COMPANY"},
		{"조선대성은행", "KOREA DAESONG GENERAL TRADING CORPORATION"},
		{"조선흥진무역회사", "KOREA HYOKSIN TRADING CORPORATION"},
		{"조선무역은행", "FOREIGN TRADE BANK"}, // a translation, not read
		{"고려은행", "KOREA DAESONG BANK"},
		{"Choson Taesong Unhaeng", "KOREA TAESONG TRADING COMPANY"}, // UNHAENG is a bank
	}
	for _, p := range negatives {
		if s, expl := ScoreNames(p[0], p[1], "entity"); s >= DefaultOptions.Review {
			t.Errorf("%s ~ %s: %.3f, another organisation (%s)", p[0], p[1], s, expl)
		}
	}
	for name, want := range map[string]string{
		"조선광선은행":     "korea gwangseon eunhaeng",
		"조선련봉총회사":    "korea ryeonbong general",
		"조선련하기계합영회사": "korea ryeonha gigye",
		"김정은":        "gim jeong eun", // no organisation word: syllables apart
		"조선희":        "jo seon hui",   // a place only: may be a person's name
	} {
		if got := strings.Join(normalizeName(name, "").words, " "); got != want {
			t.Errorf("%s: words %q, want %q", name, got, want)
		}
	}
	if got := strings.Join(normalizeName("조선은행", "individual").words, " "); got != "jo seon eun haeng" {
		t.Errorf("조선은행 as a person's name: words %q, want its syllables", got)
	}
	// A name of unknown type of three syllables may be a person's.
	for name, want := range map[string]string{"신용철": "sin yong cheol", "김해운": "gim hae un"} {
		if got := strings.Join(normalizeName(name, "").words, " "); got != want {
			t.Errorf("%s: words %q, want its syllables %q", name, got, want)
		}
		if got := strings.Join(normalizeName(name, "entity").words, " "); got == want {
			t.Errorf("%s as an entity's name: words %q, want its organisation word read", name, got)
		}
	}
	var entries []*Entry
	for _, p := range append(pairs, negatives...) {
		entries = append(entries, &Entry{List: "test", EntryID: fmt.Sprint(len(entries)), Name: p[1], Type: "entity"})
	}
	entries = append(entries, &Entry{List: "test", EntryID: "hangul", Name: "조선광선은행", Type: "entity"},
		&Entry{List: "test", EntryID: "person", Name: "KIM Jong Un", Type: "individual"})
	ix := NewIndex(entries, DefaultOptions)
	queries := []string{"Korea Kwangson Banking Corp", "김정은", "조선희", "조선무역은행"}
	for _, p := range append(pairs, negatives...) {
		queries = append(queries, p[0])
	}
	for _, q := range queries {
		for _, typ := range []string{"", "entity"} {
			got, want := ix.Name(Query{Name: q, Type: typ}), ix.NameBrute(Query{Name: q, Type: typ})
			if !sameMatches(got, want) {
				t.Errorf("%q (%q): index %s, brute force %s", q, typ, matchNames(got), matchNames(want))
			}
		}
	}
	for _, p := range pairs {
		if got := ix.Name(Query{Name: p[0], Type: "entity"}); len(got) == 0 || got[0].Score < DefaultOptions.Threshold || !hasMatch(got, p[1]) {
			t.Errorf("%s: %s, want %s", p[0], matchNames(got), p[1])
		}
	}
	if got := ix.Name(Query{Name: "Korea Kwangson Banking Corp", Type: "entity"}); !hasMatch(got, "조선광선은행") {
		t.Errorf("Korea Kwangson Banking Corp: %s, want the name listed in Hangul", matchNames(got))
	}
}
