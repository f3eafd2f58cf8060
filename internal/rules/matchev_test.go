package rules

import (
	"strings"
	"testing"

	"github.com/tokenaudit/audit/internal/sanctions"
)

// TestMatchEvCitesAliasFile: a match on an alias read from alt.csv is
// evidence citing alt.csv and its list date; a match on the primary name
// cites the entry's file.
func TestMatchEvCitesAliasFile(t *testing.T) {
	e := &sanctions.Entry{List: sanctions.ListOFAC, EntryID: "100", Source: "sdn.csv", ListDate: "2024-05-03", Name: "EXAMPLE GROUP",
		Aliases: []string{"PLAINFIELD HOLDINGS"}, AliasSources: map[string]sanctions.NameSource{"PLAINFIELD HOLDINGS": {File: "alt.csv"}}}
	ev := matchEv(sanctions.Match{Entry: e, Score: 1, Name: "PLAINFIELD HOLDINGS", NameKind: sanctions.NameAlias})
	if ev.File != "alt.csv" || ev.ListDate != "" || !strings.Contains(ev.Text, "list date not known") {
		t.Errorf("alias: file %q, list date %q, text %q; want alt.csv, no date, said not known", ev.File, ev.ListDate, ev.Text)
	}
	ev = matchEv(sanctions.Match{Entry: e, Score: 1, Name: "EXAMPLE GROUP", NameKind: sanctions.NamePrimary})
	if ev.File != "sdn.csv" || ev.ListDate != "2024-05-03" || !strings.Contains(ev.Text, "list of 2024-05-03") {
		t.Errorf("primary: file %q, list date %q, text %q", ev.File, ev.ListDate, ev.Text)
	}
}
