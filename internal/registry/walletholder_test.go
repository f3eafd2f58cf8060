package registry

import "testing"

// TestWalletHolder: the holder of a wallet is that of its first row naming
// one who is not an unknown person; rows without a holder, or naming an
// unknown person, are passed over; none left gives "".
func TestWalletHolder(t *testing.T) {
	unknown := func(id string) bool { return id == "P-UNKNOWN" }
	rows := func(ids ...string) []*Wallet {
		var out []*Wallet
		for _, id := range ids {
			out = append(out, &Wallet{Address: "0x01", HolderID: id})
		}
		return out
	}
	for _, tt := range []struct {
		ids  []string
		want string
	}{
		{[]string{"C-1", "P-2"}, "C-1"},
		{[]string{"", "P-UNKNOWN", "P-2"}, "P-2"},
		{[]string{"P-UNKNOWN"}, ""},
		{nil, ""},
	} {
		if got := WalletHolder(rows(tt.ids...), unknown); got != tt.want {
			t.Errorf("rows of %v: %q, want %q", tt.ids, got, tt.want)
		}
	}
}
