package sanctions

import (
	"bytes"
	"runtime"
	"testing"

	"github.com/tokenaudit/audit/internal/generate"
)

// maxIndexBytesPerName bounds what NewIndex keeps per indexed name (every
// name and alias reading) on a generated OpenSanctions list: the dictionary,
// postings, skeleton tables and the names themselves. It measured 273
// bytes a name on the generated 50,000-row list of TestIndexBytesPerName
// once indexed names were made compact (each had kept a whole normName, its
// words and term ids: 607 bytes a name on the same list), so the
// bound fails if a per-name record of even a few slices grows back.
const maxIndexBytesPerName = 400

// TestIndexBytesPerName indexes a generated 50,000-row targets.simple.csv
// and wants the live heap the index adds, over the names it indexes, under
// maxIndexBytesPerName.
func TestIndexBytesPerName(t *testing.T) {
	if testing.Short() {
		t.Skip("indexes 50,000 generated entries")
	}
	var buf bytes.Buffer
	if _, err := generate.WriteOpenSanctions(&buf, generate.SanctionsConfig{Seed: 7, Entries: 50_000}); err != nil {
		t.Fatal(err)
	}
	es, _, err := loadOpenSanctions(newListInput("targets.simple.csv", &buf, 64<<10), DefaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	buf = bytes.Buffer{}
	before := heapLive()
	ix := NewIndex(es, DefaultOptions)
	kept := int64(heapLive()) - int64(before)
	perName := float64(kept) / float64(len(ix.names))
	t.Logf("%d entries, %d names, %d terms: index keeps %d KB, %.0f bytes a name", len(es), len(ix.names), len(ix.termEnd), kept>>10, perName)
	if len(ix.names) < len(es) {
		t.Fatalf("%d names indexed for %d entries", len(ix.names), len(es))
	}
	if perName > maxIndexBytesPerName {
		t.Errorf("the index keeps %.0f bytes a name, more than %d", perName, maxIndexBytesPerName)
	}
	runtime.KeepAlive(ix)
}
