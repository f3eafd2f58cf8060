package refdata

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzLoadDir: any bytes as any reference table give tables or an error,
// never a panic; tables that load list the file they were read from.
func FuzzLoadDir(f *testing.F) {
	for _, name := range tableNames {
		b, err := embedded.ReadFile("data/" + name)
		if err != nil {
			f.Fatal(err)
		}
		if len(b) > 4096 {
			b = b[:4096]
		}
		f.Add(uint8(len(f.Name())%len(tableNames)), b)
	}
	f.Add(uint8(4), []byte("edition,rank,jurisdiction,iso_alpha2\n2025,1,\"Jersey\n,JE\n"))
	f.Add(uint8(1), []byte("\ufeffalias,alpha2\nBlighty,gb\n,\n"))
	f.Fuzz(func(t *testing.T, which uint8, body []byte) {
		name := tableNames[int(which)%len(tableNames)]
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, name), body, 0o644); err != nil {
			t.Fatal(err)
		}
		tb, err := LoadDir(dir)
		if err != nil {
			return
		}
		if files := tb.Files(); len(files) != 1 || files[0].Name != name {
			t.Errorf("loaded %s, files %+v", name, files)
		}
	})
}
