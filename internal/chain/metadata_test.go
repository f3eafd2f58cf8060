package chain

import (
	"context"
	"encoding/base64"
	"errors"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

const vesselJSON = `{"name":"PACIFIC DAWN","attributes":[{"trait_type":"IMO","value":9412074},{"trait_type":"Flag","value":"PA"}]}`

func TestMetadataFetcher(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/meta.json", func(w http.ResponseWriter, _ *http.Request) { w.Write([]byte(vesselJSON)) })
	mux.HandleFunc("/ipfs/bafyvessel/1.json", func(w http.ResponseWriter, _ *http.Request) { w.Write([]byte(vesselJSON)) })
	mux.HandleFunc("/huge.json", func(w http.ResponseWriter, _ *http.Request) { w.Write([]byte(strings.Repeat(" ", 4096) + vesselJSON)) })
	mux.HandleFunc("/slow.json", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	file := filepath.Join(t.TempDir(), "meta.json")
	if err := os.WriteFile(file, []byte(vesselJSON), 0o644); err != nil {
		t.Fatal(err)
	}
	data := "data:application/json;base64," + base64.StdEncoding.EncodeToString([]byte(vesselJSON))

	none := &MetadataFetcher{}
	all := &MetadataFetcher{Gateway: srv.URL, AllowHTTP: true, AllowFiles: true, MaxBytes: 1024, Timeout: 300 * time.Millisecond}
	tests := []struct {
		name    string
		f       *MetadataFetcher
		uri     string
		wantErr string // "" for a claim of PACIFIC DAWN
		denied  bool
	}{
		{"data", none, data, "", false},
		{"http denied", none, srv.URL + "/meta.json", "not allowed", true},
		{"http", all, srv.URL + "/meta.json", "", false},
		{"ipfs through the gateway", all, "ipfs://bafyvessel/1.json", "", false},
		{"ipfs without a gateway", none, "ipfs://bafyvessel/1.json", "not allowed", true},
		{"ipfs path leaving /ipfs", all, "ipfs://bafyvessel/../../meta.json", "segment", false},
		{"ipfs path leaving /ipfs, encoded", all, "ipfs://bafyvessel/%2e%2e/%2E%2E/meta.json", "segment", false},
		{"ipfs path leaving /ipfs by backslashes", all, `ipfs://bafyvessel/x\..\..\..\meta.json`, "segment", false},
		{"file denied", none, file, "not allowed", true},
		{"file path", all, file, "", false},
		{"file URL", all, "file://" + file, "", false},
		{"too large", all, srv.URL + "/huge.json", "larger than 1024 bytes", false},
		{"too slow", all, srv.URL + "/slow.json", "deadline exceeded", false},
		{"not found", all, srv.URL + "/nothing", "404", false},
		{"unknown scheme", all, "gopher://x/1", "unsupported", false},
		{"data too large", &MetadataFetcher{MaxBytes: 10}, data, "larger than 10 bytes", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := tt.f.Fetch(context.Background(), tt.uri)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want %q", err, tt.wantErr)
				}
				if errors.Is(err, ErrFetchNotAllowed) != tt.denied {
					t.Errorf("errors.Is(ErrFetchNotAllowed) = %v", !tt.denied)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			c := ClaimFromDocument(tt.uri, doc)
			if c.Name != "PACIFIC DAWN" || c.IMO != "9412074" || c.Flag != "PA" || c.URI != tt.uri {
				t.Errorf("claim %+v", c)
			}
		})
	}
	// A reader without a fetcher keeps the URI only; with one it reads the claim.
	// Either way a document not read says why, for the report's notes.
	r := &reader{}
	if c := r.claimFromURI(context.Background(), srv.URL+"/meta.json"); c.IMO != "" || !strings.Contains(c.Unread, "--allow-fetch") {
		t.Errorf("read an http URI without a fetcher, or without saying why not: %+v", c)
	}
	r.opts.Metadata = all
	if c := r.claimFromURI(context.Background(), srv.URL+"/meta.json"); c.IMO != "9412074" || c.Unread != "" {
		t.Errorf("claim through the fetcher %+v", c)
	}
	if c := r.claimFromURI(context.Background(), srv.URL+"/nothing"); c.IMO != "" || !strings.Contains(c.Unread, "404") {
		t.Errorf("a document the fetcher could not get: %+v, want the HTTP status in Unread", c)
	}
}

// TestMetadataBudget: a server answering each document slowly, within the
// timeout of one read, cannot hold the audit beyond the fetcher's Budget:
// once it is spent, no more requests are made and each Fetch says why.
func TestMetadataBudget(t *testing.T) {
	var served atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		served.Add(1)
		select {
		case <-r.Context().Done():
		case <-time.After(100 * time.Millisecond):
		}
		w.Write([]byte(vesselJSON))
	}))
	defer srv.Close()
	f := &MetadataFetcher{AllowHTTP: true, Timeout: 10 * time.Second, Budget: 250 * time.Millisecond}
	var err error
	for i := 0; i < 10; i++ {
		_, err = f.Fetch(context.Background(), srv.URL+"/"+strconv.Itoa(i)+".json")
	}
	if n := served.Load(); n > 3 {
		t.Errorf("%d requests served, want at most 3 of 100 ms within a budget of 250 ms", n)
	}
	if !errors.Is(err, ErrMetadataBudget) || !strings.Contains(err.Error(), srv.URL) {
		t.Errorf("last error %v, want ErrMetadataBudget naming the URI", err)
	}
	// data: URIs are decoded whatever is left of the budget.
	data := "data:application/json;base64," + base64.StdEncoding.EncodeToString([]byte(vesselJSON))
	if _, err := f.Fetch(context.Background(), data); err != nil {
		t.Errorf("a data: URI after the budget: %v", err)
	}
}

// TestLongMetadataURI: a token URI longer than maxURI (a hostile node or
// contract may answer megabytes) is kept cut to its first kilobyte, not
// read, with Unread saying so, so that the claim, its findings' evidence
// and the report stay small.
func TestLongMetadataURI(t *testing.T) {
	doc := `{"name":"` + strings.Repeat("A", 600<<10) + `"}`
	uri := "data:application/json," + doc
	for _, r := range []*reader{{}, {opts: Options{Metadata: &MetadataFetcher{}}}} {
		c := r.claimFromURI(context.Background(), uri)
		if !strings.Contains(c.Unread, "more than the limit") || len(c.URI) > 1100 || c.Name != "" {
			t.Errorf("claim of a %d-byte URI: URI of %d bytes, name of %d, Unread %q; want it cut, unread, saying why", len(uri), len(c.URI), len(c.Name), c.Unread)
		}
	}
}

// TestERC1155IDURI: an ERC-1155 URI's {id} is the id in 64 hex digits;
// a URI whose {id}s would make it longer than the limit is not expanded,
// shown cut, and says why.
func TestERC1155IDURI(t *testing.T) {
	r := &reader{}
	c := r.claim1155(context.Background(), `data:application/json,{"name":"{id}"}`, big.NewInt(255))
	if want := strings.Repeat("0", 62) + "ff"; c.Name != want {
		t.Errorf("name %q, want %q", c.Name, want)
	}
	many := `data:application/json,{"name":"` + strings.Repeat("{id}", 10_000) + `"}` // 40 KB, 680 KB expanded
	c = r.claim1155(context.Background(), many, big.NewInt(1))
	if !strings.Contains(c.Unread, "more than the limit") || len(c.URI) > 1100 || c.Name != "" {
		t.Errorf("a URI of 10,000 {id}: URI of %d bytes, name of %d, Unread %q; want it cut, unread, saying why", len(c.URI), len(c.Name), c.Unread)
	}
}

// TestMetadataNeverLinkLocal: with --allow-fetch, a token's URI naming the
// cloud instance-metadata address, or a server redirecting there, is
// refused before any packet is sent; a loopback server is still read.
func TestMetadataNeverLinkLocal(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/redirect" {
			http.Redirect(w, r, "http://169.254.169.254/latest/meta-data/", http.StatusFound)
			return
		}
		w.Write([]byte(vesselJSON))
	}))
	defer srv.Close()
	f := &MetadataFetcher{AllowHTTP: true}
	if doc, err := f.Fetch(context.Background(), srv.URL+"/meta.json"); err != nil || string(doc) != vesselJSON {
		t.Fatalf("a loopback server: %q, %v", doc, err)
	}
	for _, uri := range []string{
		"http://169.254.169.254/latest/meta-data/iam/security-credentials/",
		"http://[fe80::1]:80/x.json",
		"http://0.0.0.0:80/x.json",
		srv.URL + "/redirect",
	} {
		_, err := f.Fetch(context.Background(), uri)
		if err == nil || !strings.Contains(err.Error(), "metadata is never read from it") {
			t.Errorf("%s: %v, want a refusal naming the address", uri, err)
		}
	}
}
