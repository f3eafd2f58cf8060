package sanctions

import (
	"fmt"
	"strings"
	"testing"
)

// TestUkrainianReadingKMU checks ukrainianReading against the examples of
// Ukraine's Cabinet of Ministers Resolution 55 of 27 January 2010 (the
// table of the official romanization), and that names without a Ukrainian
// marker (ambiguousUkrainianReading's), or written in Latin letters, have
// no reading from it.
func TestUkrainianReadingKMU(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Алушта Андрій", "Alushta Andrii"},
		{"Борщагівка Вінниця", "Borshchahivka Vinnytsia"},
		{"Гадяч Згорани Розгон Ґалаґан Ґорґани", "Hadiach Zghorany Rozghon Galagan Gorgany"},
		{"Донецьк Рівне Єнакієве Гаєвич Короп'є", "Donetsk Rivne Yenakiieve Haievych Koropie"},
		{"Житомир Закарпаття Медвин Михайленко Іванків Іващенко", "Zhytomyr Zakarpattia Medvyn Mykhailenko Ivankiv Ivashchenko"},
		{"Їжакевич Кадиївка Мар'їне", "Yizhakevych Kadyivka Marine"},
		{"Йосипівка Стрий Олексій Київ Лебедин Миколаїв", "Yosypivka Stryi Oleksii Kyiv Lebedyn Mykolaiv"},
		{"Ніжин Одеса Полтава Ромни Суми Тетерів Ужгород Фастів", "Nizhyn Odesa Poltava Romny Sumy Teteriv Uzhhorod Fastiv"},
		{"Харків Біла Церква Чернівці Шостка Гоща Щербухи", "Kharkiv Bila Tserkva Chernivtsi Shostka Hoshcha Shcherbukhy"},
		{"Юрій Корюківка Яготин Ічня Костянтин Знам'янка Феодосія", "Yurii Koriukivka Yahotyn Ichnia Kostiantyn Znamianka Feodosiia"},
		{"ЩОРС, Богдан Ігорович", "ShchORS, Bohdan Ihorovych"}, // an upper-case letter read as several: its first upper case
		{"Янукович В.Ф. Іванович", "Yanukovych V.F. Ivanovych"},
		{"Ковальчук Ї.Й.Є.", "Kovalchuk I.Y.Ye."},                        // an initial Ї is I, still an initial
		{"Обʼєднання 'Віра' 'Ярослав'", "Obiednannia 'Vira' 'Yaroslav'"}, // the apostrophe U+02BC; quotes kept
	} {
		got, ok := ukrainianReading(c.in)
		if !ok || got != c.want {
			t.Errorf("ukrainianReading(%q) = %q, %v, want %q", c.in, got, ok, c.want)
		}
	}
	for _, s := range []string{"Янукович Виктор Федорович", "Алушта", "Путин В.В.", "Viktor Yanukovych", "Yanukovych Віктор", "Д'Артаньян Ivan"} {
		if got, ok := ukrainianReading(s); ok {
			t.Errorf("ukrainianReading(%q) = %q, want no Ukrainian reading", s, got)
		}
	}
}

// TestRussianReading checks the Russian reading of names in Latin letters
// spelled in KMU 2010: H for Г is G and Y is I, the H of KH, ZH, CH, SH,
// SHCH stays, ZGH is ZG; a name with no word ending as KMU spells
// Ukrainian words, or an organisation's, has no such reading.
func TestRussianReading(t *testing.T) {
	for _, c := range []struct{ in, typ, want string }{
		{"Mykhailo Hryhorovych Malyshev", "individual", "Mikhailo Grigorovich Malishev"},
		{"SHCHERBYTSKYI, Heorhii", "individual", "SHCHERBITSKII, Georgii"},
		{"Zghurskyi Kharko Zhuk Chub", "", "Zgurskii Kharko Zhuk Chub"},
		{"Yanukovych V.F.", "individual", "Ianukovich V.F."},
		{"Bohatyriova Raisa Vasylivna", "individual", "Bogatiriova Raisa Vasilivna"},
	} {
		got, ok := russianReading(c.in, c.typ)
		if !ok || got != c.want {
			t.Errorf("russianReading(%q) = %q, %v, want %q", c.in, got, ok, c.want)
		}
	}
	for _, c := range []struct{ in, typ string }{
		{"Hassan Ali", "individual"}, {"Mohammed Yousef", ""}, {"Vladimir Putin", "individual"},
		{"Hryhorovych Holdings", "entity"}, {"Yanukovych", "vessel"}, {"Petro Ii", "individual"},
	} {
		if got, ok := russianReading(c.in, c.typ); ok {
			t.Errorf("russianReading(%q, %q) = %q, want no Russian reading", c.in, c.typ, got)
		}
	}
}

// ukrainianListed are persons the OFAC SDN list holds under UKRAINE-EO13660
// (entry id), as written in Ukrainian Cyrillic and as a Ukrainian passport
// spells them (KMU 2010). Some entries hold the Ukrainian spelling, some
// the Russian one only (MALYSHEV, Mikhail Grigorevich), some both.
var ukrainianListed = []struct{ id, cyrillic, latin string }{
	{"16641", "Янукович Віктор Федорович", "Yanukovych Viktor Fedorovych"},
	{"16762", "Азаров Микола Янович", "Azarov Mykola Yanovych"},
	{"16737", "Арбузов Сергій Геннадійович", "Arbuzov Serhii Hennadiiovych"},
	{"16764", "Клюєв Андрій Петрович", "Kliuiev Andrii Petrovych"},
	{"19008", "Табачник Дмитро Володимирович", "Tabachnyk Dmytro Volodymyrovych"},
	{"17766", "Богатирьова Раїса Василівна", "Bohatyrova Raisa Vasylivna"},
	{"17301", "Здрилюк Сергій Анатолійович", "Zdryliuk Serhii Anatoliiovych"},
	{"16601", "Захарченко Віталій Юрійович", "Zakharchenko Vitalii Yuriiovych"},
	{"16721", "Янукович Олександр Вікторович", "Yanukovych Oleksandr Viktorovych"},
	{"16759", "Малишев Михайло Григорович", "Malyshev Mykhailo Hryhorovych"},
	{"16949", "Козюра Олег Григорович", "Koziura Oleh Hryhorovych"},
	{"17163", "Царьов Олег Анатолійович", "Tsarov Oleh Anatoliiovych"},
	{"16648", "Константинов Володимир Андрійович", "Konstantinov Volodymyr Andriiovych"},
	{"16936", "Кауров Валерій Володимирович", "Kaurov Valerii Volodymyrovych"},
	{"16755", "Жеребцов Юрій Геннадійович", "Zherebtsov Yurii Hennadiiovych"},
	{"17176", "Неклюдов Дмитро Сергійович", "Nekliudov Dmytro Serhiiovych"},
	{"16678", "Чалий Олексій Михайлович", "Chalyi Oleksii Mykhailovych"},
	{"17748", "Івакін Юрій Володимирович", "Ivakin Yurii Volodymyrovych"},
	{"16943", "Пургін Андрій Євгенович", "Purhin Andrii Yevhenovych"},
	{"18323", "Курченко Сергій Віталійович", "Kurchenko Serhii Vitaliiovych"},
	{"18655", "Циплаков Сергій Геннадійович", "Tsyplakov Serhii Hennadiiovych"},
	{"16961", "Гіркін Ігор Всеволодович", "Hirkin Ihor Vsevolodovych"},
	{"17083", "Безлер Ігор Миколайович", "Bezler Ihor Mykolaiovych"},
	{"16642", "Аксьонов Сергій Валерійович", "Aksonov Serhii Valeriiovych"},
	{"17123", "Руденко Мирослав Володимирович", "Rudenko Myroslav Volodymyrovych"},
}

// TestUkrainianNamesRealLists screens listed Ukrainian persons written in
// Ukrainian Cyrillic and in KMU 2010 against the real OFAC SDN and UN
// lists: each must come back as a hit (not only to review), Name must
// equal NameBrute, and a person's family name with another listed
// person's given name and patronymic (another person) must not be a hit
// for either.
func TestUkrainianNamesRealLists(t *testing.T) {
	ix := combinedIndex(t)
	hit := func(ms []Match, id string) (float64, bool) {
		for _, m := range ms {
			if m.Entry.EntryID == id && m.Entry.List == ListOFAC {
				return m.Score, !m.Review
			}
		}
		return 0, false
	}
	found := map[string]int{}
	for _, p := range ukrainianListed {
		for _, q := range []struct{ script, name string }{{"Cyrillic", p.cyrillic}, {"KMU 2010", p.latin}} {
			query := Query{Name: q.name, Type: "individual"}
			ms := ix.Name(query)
			if score, ok := hit(ms, p.id); ok {
				found[q.script]++
			} else {
				t.Errorf("%s (%s): entry %s not a hit (score %.3f)", q.name, q.script, p.id, score)
			}
			if !sameMatches(ms, ix.NameBrute(query)) {
				t.Errorf("%s: Name differs from NameBrute", q.name)
			}
		}
	}
	t.Logf("%d listed Ukrainian persons: %d found written in Ukrainian Cyrillic, %d in KMU 2010", len(ukrainianListed), found["Cyrillic"], found["KMU 2010"])
	for i, p := range ukrainianListed {
		o := ukrainianListed[(i+7)%len(ukrainianListed)]
		for _, pair := range [][2]string{{p.cyrillic, o.cyrillic}, {p.latin, o.latin}} {
			family, own, _ := strings.Cut(pair[0], " ")
			_, given, _ := strings.Cut(pair[1], " ")
			if given == own { // Serhii Hennadiiovych: both
				continue
			}
			q := family + " " + given
			ms := ix.Name(Query{Name: q, Type: "individual"})
			for _, id := range []string{p.id, o.id} {
				if score, ok := hit(ms, id); ok {
					t.Errorf("%s: another person, but a hit for entry %s (%.3f)", q, id, score)
				}
			}
		}
	}
}

// TestAmbiguousUkrainianReading checks that a name in Cyrillic with no
// letter telling Ukrainian from Russian is also read in KMU 2010 when that
// reading differs from the Russian one, and that a name with a letter only
// Russian writes, a Ukrainian marker, a Latin letter, or read the same
// both ways has no such reading.
func TestAmbiguousUkrainianReading(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Гончаренко", "Honcharenko"},
		{"Микола Ткаченко", "Mykola Tkachenko"},
		{"Дмитро Кулеба", "Dmytro Kuleba"},
		{"Гуменюк", "Humeniuk"},
		{"Юрченко Ю.Г.", "Yurchenko Yu.H."},
		{"Згуровский", "Zghurovskyi"}, // й at a word's end, ЗГ ZGH
	} {
		got, ok := ambiguousUkrainianReading(c.in)
		if !ok || got != c.want {
			t.Errorf("ambiguousUkrainianReading(%q) = %q, %v, want %q", c.in, got, ok, c.want)
		}
		if u, ok := ukrainianReading(c.in); ok {
			t.Errorf("ukrainianReading(%q) = %q, want none: no Ukrainian marker", c.in, u)
		}
	}
	for _, s := range []string{
		"Рыбаков Григорий", "Эдуард Гончаренко", "Подъячев Игорь", "Фёдоров Иван", "ФЁДОРОВ ИГОРЬ", // a letter only Russian writes
		"Фе\u0308доров Иван",                          // ё decomposed
		"Шевченко", "Бондаренко", "Олександр Кравчук", // read the same both ways
		"Андрій Гончаренко", "Мар'яна", // a Ukrainian marker: ukrainianReading's
		"Гончаренко Ivan", "Honcharenko", "", "123", // a Latin letter, no Cyrillic
	} {
		if got, ok := ambiguousUkrainianReading(s); ok {
			t.Errorf("ambiguousUkrainianReading(%q) = %q, want no reading", s, got)
		}
	}
}

// TestAmbiguousUkrainianNames checks that Ukrainian names written in
// Cyrillic without a Ukrainian marker match both their KMU 2010 (passport)
// spelling and their Russian one, from either side (query or listed name),
// that the index finds them as brute force does, that the explanation says
// the name was read as Ukrainian, and that a name with ы is not read so.
func TestAmbiguousUkrainianNames(t *testing.T) {
	th := DefaultOptions.Threshold
	pairs := []struct{ cyrillic, latin string }{
		{"Гончаренко", "HONCHARENKO"},
		{"Гончаренко", "GONCHARENKO"},
		{"Микола Ткаченко", "MYKOLA TKACHENKO"},
		{"Дмитро Кулеба", "DMYTRO KULEBA"},
		{"Дмитро Кулеба", "DMITRO KULEBA"},
		{"Гуменюк Микола", "HUMENIUK, Mykola"},
	}
	var entries []*Entry
	for i, p := range pairs {
		score, why := ScoreNames(p.cyrillic, p.latin, "individual")
		if score < th {
			t.Errorf("ScoreNames(%q, %q) = %.3f, want at least %.2f: %s", p.cyrillic, p.latin, score, th, why)
		}
		if strings.HasPrefix(p.latin, "H") || strings.HasPrefix(p.latin, "MY") || strings.HasPrefix(p.latin, "DMY") {
			if !strings.Contains(why, "read as Ukrainian") {
				t.Errorf("ScoreNames(%q, %q): explanation %q does not say the name was read as Ukrainian", p.cyrillic, p.latin, why)
			}
		}
		id := fmt.Sprint(i)
		entries = append(entries,
			&Entry{List: "C", EntryID: id, Name: p.cyrillic, Type: "individual"},
			&Entry{List: "L", EntryID: id, Name: p.latin, Type: "individual"})
	}
	ix := NewIndex(entries, DefaultOptions)
	for i, p := range pairs {
		for _, q := range []struct{ name, list string }{{p.cyrillic, "L"}, {p.latin, "C"}} {
			query := Query{Name: q.name, Type: "individual"}
			ms := ix.Name(query)
			found := false
			for _, m := range ms {
				if m.Entry.List == q.list && m.Entry.EntryID == fmt.Sprint(i) && !m.Review {
					found = true
				}
			}
			if !found {
				t.Errorf("query %q: entry %s of list %s not a hit: %v", q.name, fmt.Sprint(i), q.list, ms)
			}
			if !sameMatches(ms, ix.NameBrute(query)) {
				t.Errorf("query %q: Name differs from NameBrute", q.name)
			}
		}
	}
	for _, n := range nameReadings("Рыбаков Игорь", "individual") {
		if strings.Contains(strings.Join(n.notes, "; "), "Ukrainian") {
			t.Errorf("Рыбаков Игорь: a reading as Ukrainian (%v), want none: ы is not Ukrainian", n.notes)
		}
	}
	if _, why := ScoreNames("Рыбаков Игорь", "RYBAKOV IHOR", "individual"); strings.Contains(why, "Ukrainian") {
		t.Errorf("Рыбаков Игорь ~ RYBAKOV IHOR: explained by a reading as Ukrainian, want none: %s", why)
	}
}
