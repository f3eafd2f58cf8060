package chain

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestScaleAmount(t *testing.T) {
	tests := []struct {
		amount   string
		decimals uint8
		want     string
		err      string
	}{
		{"2500", 18, "2500000000000000000000", ""},
		{"12.5", 18, "12500000000000000000", ""},
		{"12.50", 1, "125", ""},
		{"0.000000000000000001", 18, "1", ""},
		{"5", 0, "5", ""},
		{"12.5", 0, "", "not exact"},
		{"0.0000000000000000001", 18, "", "not exact"},
		{"-1", 18, "", "not a decimal"},
		{"1e3", 18, "", "not a decimal"},
		{"", 18, "", "not a decimal"},
		{".5", 18, "", "not a decimal"},
		{"1.2.3", 18, "", "not a decimal"},
	}
	for _, tt := range tests {
		t.Run(tt.amount, func(t *testing.T) {
			got, err := ScaleAmount(tt.amount, tt.decimals)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("ScaleAmount(%q, %d) = %v, %v; want error containing %q", tt.amount, tt.decimals, got, err, tt.err)
				}
				return
			}
			if err != nil || got.String() != tt.want {
				t.Fatalf("ScaleAmount(%q, %d) = %v, %v; want %s", tt.amount, tt.decimals, got, err, tt.want)
			}
		})
	}
}

// TestParsePlanErrors breaks the test plan in one place at a time and
// checks that the error names the place.
func TestParsePlanErrors(t *testing.T) {
	good, err := os.ReadFile(filepath.Join("testdata", "plan.json"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ParsePlan(good); err != nil {
		t.Fatalf("the test plan does not parse: %v", err)
	}
	tests := []struct {
		name, old, new, want string
	}{
		{"bad json", `"genesis_time"`, `genesis_time`, "plan: invalid character"},
		{"no genesis", `"genesis_time": "2024-01-02T00:00:00Z",`, ``, "genesis_time is missing"},
		{"wrong account address", `0x8Ec165A9512d4a1Bc93503121630A3340A192ae0`, `0x8Ec165A9512d4a1Bc93503121630A3340A192ae1`, `account "holder-01": address 0x8Ec165A9512d4a1Bc93503121630A3340A192ae1 is not the address of its key`},
		{"short address", `0x8Ec165A9512d4a1Bc93503121630A3340A192ae0`, `0x8Ec1`, `account "holder-01": address "0x8Ec1" is not 20 bytes of hex`},
		{"wrong token address", `0x1854e2637E375d398ab6bd6b2E682Ce6D2606aaE`, `0x2854e2637E375d398ab6bd6b2E682Ce6D2606aaE`, "tokens[0] (OSTAR): address 0x2854e2637E375d398ab6bd6b2E682Ce6D2606aaE is not the deployer's CREATE address at nonce 0"},
		{"unknown kind", `"kind": "vessel-deeds"`, `"kind": "vessel-bonds"`, `tokens[1] (DEEDS): unknown kind "vessel-bonds"`},
		{"external deployer", `"deployer": "deployer-deeds"`, `"deployer": "ofac-wallet-1"`, `tokens[1] (DEEDS): deployer: account "ofac-wallet-1" is external and cannot send`},
		{"time not increasing", `"2024-03-02T10:30:00Z"`, `"2024-03-01T09:00:00Z"`, "blocks[1] (block 2): time 2024-03-01T09:00:00Z is not after the previous block's"},
		{"inexact amount", `"to": "holder-12", "amount": "5"`, `"to": "holder-12", "amount": "5.5"`, `blocks[1] (block 2), actions[6] (forced_transfer): amount "5.5" is not exact with 0 decimals`},
		{"unknown op", `{"op": "pause"`, `{"op": "burn"`, `blocks[2] (block 3), actions[0] (burn): unknown op "burn"`},
		{"unknown token", `{"op": "grant_role", "token": "DEEDS"`, `{"op": "grant_role", "token": "NOPE"`, `blocks[1] (block 2), actions[3] (grant_role): unknown token "NOPE"`},
		{"op on wrong kind", `{"op": "grant_role", "token": "DEEDS"`, `{"op": "grant_role", "token": "OSTAR"`, "op grant_role does not apply to vessel-shares token OSTAR"},
		{"unknown role", `"role": "minter"`, `"role": "burner"`, `unknown role "burner"`},
		{"external sender", `"from": "holder-02", "to": "ofac-wallet-1"`, `"from": "ofac-wallet-1", "to": "holder-02"`, `blocks[2] (block 3), actions[3] (transfer): from: account "ofac-wallet-1" is external and cannot send`},
		{"unknown recipient", `"to": "holder-04", "token_id": "1"`, `"to": "holder-99", "token_id": "1"`, `to: unknown account "holder-99"`},
		{"deed without id", `"to": "holder-04", "token_id": "1"`, `"to": "holder-04", "token_id": "x"`, `token_id "x" is not a decimal number`},
		{"use before deploy", `{"op": "deploy", "token": "OSTAR"},`, ``, "blocks[0] (block 1), actions[0] (mint): token OSTAR is used before its deploy"},
		{"deployer sent first", `{"op": "deploy", "token": "DEEDS"},`, `{"op": "transfer", "token": "OSTAR", "from": "deployer-deeds", "to": "holder-01", "amount": "0"}, {"op": "deploy", "token": "DEEDS"},`, "deployer deployer-deeds has sent transactions before deploying DEEDS"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bad := strings.Replace(string(good), tt.old, tt.new, 1)
			if bad == string(good) {
				t.Fatalf("the test's old text %q is not in the plan", tt.old)
			}
			_, err := ParsePlan([]byte(bad))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

// TestParsePlanFillsAddresses checks that empty addresses are filled in
// with the key's and the deployer's CREATE address.
func TestParsePlanFillsAddresses(t *testing.T) {
	p, err := ParsePlan([]byte(`{"genesis_time": "2024-01-02T00:00:00Z",
		"accounts": [{"name": "deployer-ostar"}],
		"tokens": [{"id": "OSTAR", "kind": "vessel-shares", "deployer": "deployer-ostar", "decimals": 18}],
		"blocks": []}`))
	if err != nil {
		t.Fatal(err)
	}
	if p.Accounts[0].Address != "0x80d34E44D68a4E7197fbdC66CcB7c54Fa0F8eDC5" {
		t.Errorf("account address %s", p.Accounts[0].Address)
	}
	if p.Tokens[0].Address != "0x1854e2637E375d398ab6bd6b2E682Ce6D2606aaE" {
		t.Errorf("token address %s", p.Tokens[0].Address)
	}
}
