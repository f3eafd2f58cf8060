package contracts

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
)

// TestBindingsMatchBuild checks that each generated binding embeds exactly
// the committed ABI and bytecode of contracts/build, and that every
// contract in build has a binding checked here.
func TestBindingsMatchBuild(t *testing.T) {
	tests := []struct {
		name string
		meta *bind.MetaData
	}{
		{"VesselShares", &VesselSharesMetaData},
		{"VesselDeeds", &VesselDeedsMetaData},
		{"VesselParts", &VesselPartsMetaData},
		{"PermissionedShares", &PermissionedSharesMetaData},
		{"Identity", &IdentityMetaData},
		{"LyingShares", &LyingSharesMetaData},
		{"BlacklistShares", &BlacklistSharesMetaData},
		{"CallsOut", &CallsOutMetaData},
		{"SelfBurn", &SelfBurnMetaData},
		{"ERC1967Proxy", &ERC1967ProxyMetaData},
		{"Multicall3", &Multicall3MetaData},
		{"ShareToken", &ShareTokenMetaData},
		{"ShareFactory", &ShareFactoryMetaData},
		{"UpgradeableBeacon", &UpgradeableBeaconMetaData},
		{"BeaconProxy", &BeaconProxyMetaData},
		{"Receipt", &ReceiptMetaData},
		{"ReceiptIssuer", &ReceiptIssuerMetaData},
		{"CodeSizes", &CodeSizesMetaData},
	}
	built, err := filepath.Glob(filepath.Join("build", "*.abi"))
	if err != nil || len(built) == 0 {
		t.Fatalf("no build/*.abi: %v", err)
	}
	checked := map[string]bool{}
	for _, tt := range tests {
		checked[tt.name] = true
	}
	for _, f := range built {
		if name := strings.TrimSuffix(filepath.Base(f), ".abi"); !checked[name] {
			t.Errorf("build/%s.abi has no binding checked by this test", name)
		}
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			abiFile, err := os.ReadFile(filepath.Join("build", tt.name+".abi"))
			if err != nil {
				t.Fatal(err)
			}
			binFile, err := os.ReadFile(filepath.Join("build", tt.name+".bin"))
			if err != nil {
				t.Fatal(err)
			}
			// abigen drops the ABI's spaces ("struct X" becomes "structX").
			if tt.meta.ABI != strings.Join(strings.Fields(string(abiFile)), "") {
				t.Errorf("binding ABI differs from build/%s.abi: run go generate ./contracts", tt.name)
			}
			if want := "0x" + strings.TrimSpace(string(binFile)); tt.meta.Bin != want {
				t.Errorf("binding bytecode differs from build/%s.bin: run go generate ./contracts", tt.name)
			}
			if len(binFile) < 100 {
				t.Errorf("build/%s.bin is only %d bytes", tt.name, len(binFile))
			}
			if _, err := tt.meta.ParseABI(); err != nil {
				t.Errorf("ABI does not parse: %v", err)
			}
		})
	}
}

// TestSourcesPresent checks that every compiled contract has its source
// (or is one of OpenZeppelin's proxies or beacon) so check.sh can rebuild it.
func TestSourcesPresent(t *testing.T) {
	for _, name := range []string{"VesselShares", "VesselDeeds", "VesselParts", "PermissionedShares", "LyingShares", "BlacklistShares", "CallsOut", "SelfBurn", "Multicall3", "ShareToken", "ShareFactory", "Receipt", "ReceiptIssuer"} {
		if _, err := os.Stat(name + ".sol"); err != nil {
			t.Errorf("source of %s: %v", name, err)
		}
	}
}

// TestMulticall3Runtime checks that the embedded runtime code is the one
// the creation code deploys.
func TestMulticall3Runtime(t *testing.T) {
	if len(Multicall3Runtime) < 200 || !strings.Contains(Multicall3MetaData.Bin, Multicall3Runtime) {
		t.Errorf("Multicall3Runtime (%d hex digits) is not part of the creation code", len(Multicall3Runtime))
	}
}
