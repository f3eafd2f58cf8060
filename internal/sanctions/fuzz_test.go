package sanctions

import (
	"github.com/tokenaudit/audit/internal/evmaddr"
	"math"
	"testing"
)

var sdnSeed = "4243,\"EBANO\",\"vessel\",\"CUBA\",-0- ,-0- ,\"General Cargo\",\"2595\",\"1865\",\"Panama\",-0- ,\"Vessel Registration Identification IMO 7406784; f.k.a. 'ANA I'; f.k.a. 'SAND SWAN'.\"\r\n" +
	"27307,\"LAZARUS GROUP\",-0- ,\"DPRK3\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"Digital Currency Address - ETH 0x098B716B8Aaf21512996dC57EB0615e2383E2f96; alt. Digital Currency Address - ETH 0xa0e1c89Ef1a48\"\r\n\x1a"

const unSeed = `<?xml version="1.0" encoding="UTF-8"?><CONSOLIDATED_LIST dateGenerated="2025-08-02T23:00:00.935Z"><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>ERIC</FIRST_NAME><SECOND_NAME>BADEGE</SECOND_NAME><REFERENCE_NUMBER>CDi.001</REFERENCE_NUMBER><INDIVIDUAL_DATE_OF_BIRTH><YEAR>1971</YEAR></INDIVIDUAL_DATE_OF_BIRTH></INDIVIDUAL></INDIVIDUALS><ENTITIES><ENTITY><FIRST_NAME>OCEAN MARITIME MANAGEMENT COMPANY, LIMITED</FIRST_NAME><REFERENCE_NUMBER>KPe.029</REFERENCE_NUMBER><COMMENTS1>IMO Number: 1790183.</COMMENTS1></ENTITY></ENTITIES></CONSOLIDATED_LIST>`

const osSeed = "id,schema,name,aliases,birth_date,countries,addresses,identifiers,sanctions,phones,emails,dataset,first_seen,last_seen,last_change\n" +
	"NK-1,Vessel,ARTAVIL,ALPHA,,ir,,IMO9187629,OFAC,,,us_ofac_sdn,2020-01-01,2024-05-03,2024-05-03T00:00:00\n" +
	"NK-2,Person,\"KIM, Jong Un\",Kim Jong-un;김정은,1984-01-08,kp,,,UN,,,un_sc,2020-01-01,2024-05-03,2024-05-01\n"

const walletSeed = "address,name\n0x098B716B8Aaf21512996dC57EB0615e2383E2f96,\"LAZARUS GROUP\"\n0x0123,bad\n"

// fuzzLoad checks that a loader never panics and that what it returns keeps
// the model's promises.
func fuzzLoad(t *testing.T, data []byte) {
	ix, sources, err := LoadBytes("fuzz", data, DefaultOptions)
	if err != nil {
		return
	}
	if len(sources) != 1 || sources[0].Entries != len(ix.Entries()) {
		t.Fatalf("sources %+v for %d entries", sources, len(ix.Entries()))
	}
	for _, e := range ix.Entries() {
		for _, a := range e.Addresses {
			if !evmaddr.Strict(a) {
				t.Fatalf("address %q is not a full 0x address", a)
			}
		}
		for _, imo := range append(append([]string{}, e.IMOs...), e.CompanyIMOs...) {
			if len(imo) != 7 || !isDigits(imo) {
				t.Fatalf("IMO %q is not seven digits", imo)
			}
		}
		if e.Name != "" {
			for _, m := range ix.Name(Query{Name: e.Name}) {
				if m.Score < 0 || m.Score > 1 || math.IsNaN(m.Score) || m.Explanation == "" {
					t.Fatalf("match %+v", m)
				}
			}
		}
	}
}

func FuzzLoadSDN(f *testing.F) {
	f.Add([]byte(sdnSeed))
	f.Add([]byte("1,\"A\",-0-,-0-,-0-,-0-,-0-,-0-,-0-,-0-,-0-,\"DOB 1 Jan 1970; a.k.a. 'B'\""))
	f.Fuzz(fuzzLoad)
}

func FuzzLoadUN(f *testing.F) {
	f.Add([]byte(unSeed))
	f.Fuzz(fuzzLoad)
}

func FuzzLoadOpenSanctions(f *testing.F) {
	f.Add([]byte(osSeed))
	f.Fuzz(fuzzLoad)
}

func FuzzLoadWallets(f *testing.F) {
	f.Add([]byte(walletSeed))
	f.Add([]byte("0x098B716B8Aaf21512996dC57EB0615e2383E2f96\n"))
	f.Fuzz(fuzzLoad)
}

// FuzzScoreNames checks that any two names score within 0..1, that a name
// scores 1 against itself, and that the index finds what brute force finds.
func FuzzScoreNames(f *testing.F) {
	f.Add("KOREA SAMILPO SHIPPING CO", "Korea Samilpo Shipping Company Limited", "entity")
	f.Add("HWANG GUM SAN 2", "HWANG GUM SAN 3", "vessel")
	f.Add("Владимир Путин", "PUTIN, Vladimir", "individual")
	f.Add("김정은", "Kim Jong Un", "")
	f.Add("A B", "abb", "")
	f.Add("Rami Makhlouf", "RAMIMAKHLOUF", "individual")
	f.Add("محمد علي", "Mohamed Ali", "individual")
	f.Add("박영철", "PAK Yong Chol", "individual")
	f.Add("金正恩", "KIM, Jong Un", "individual")
	f.Add("丹东鸿祥实业发展有限公司", "DANDONG HONGXIANG INDUSTRIAL DEVELOPMENT CO LTD", "entity")
	f.Add("朝鲜光鲜银行", "KOREA KWANGSON BANKING CORP", "entity")
	f.Add("Ким Чен Ын", "KIM Jong Un", "individual")
	f.Add("Чхве Рёнхэ", "CHOE Ryong Hae", "")
	f.Add("조선광선은행", "KOREA KWANGSON BANKING CORPORATION", "entity")
	f.Add("조선련하기계합영회사", "조선 련하", "")
	f.Fuzz(func(t *testing.T, a, b, typ string) {
		s, expl := ScoreNames(a, b, typ)
		if s < 0 || s > 1 || math.IsNaN(s) || expl == "" {
			t.Fatalf("ScoreNames(%q, %q) = %v, %q", a, b, s, expl)
		}
		if n := normalizeName(a, typ); len(n.words) > 0 {
			if self, _ := ScoreNames(a, a, typ); self < 0.999 {
				t.Fatalf("ScoreNames(%q, itself) = %v", a, self)
			}
		}
		ix := NewIndex([]*Entry{{List: "L", EntryID: "1", Name: b, Type: typ}, {List: "L", EntryID: "2", Name: a + " " + b}}, Options{Threshold: 0.85, Review: 0.7})
		q := Query{Name: a}
		if got, want := ix.Name(q), ix.NameBrute(q); !sameMatches(got, want) {
			t.Fatalf("index %+v, brute force %+v", got, want)
		}
	})
}
