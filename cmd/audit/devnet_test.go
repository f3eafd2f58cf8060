package main

import (
	"bytes"
	"context"
	"encoding/json"
	"reflect"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer safe to read while a command writes it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// startDevnet runs 'audit devnet --listen 127.0.0.1:0' in process until
// the test ends, when it stops it by cancelling its context, and returns
// its JSON-RPC URL and the tokens it printed.
func startDevnet(t *testing.T) (string, []string) {
	t.Helper()
	app := newApp()
	var stdout, stderr syncBuffer
	app.Writer, app.ErrWriter = &stdout, &stderr
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- app.RunContext(ctx, []string{"audit", "devnet", "--listen", "127.0.0.1:0"}) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("devnet ended with %v", err)
			}
		case <-time.After(10 * time.Second):
			t.Error("devnet did not stop when its context was cancelled")
		}
	})
	addr := regexp.MustCompile(`at (http://127\.0\.0\.1:[0-9]+)`)
	var url string
	for deadline := time.Now().Add(60 * time.Second); url == ""; {
		if m := addr.FindStringSubmatch(stderr.String()); m != nil && strings.Count(stdout.String(), "\n") == 3 {
			url = m[1]
			break
		}
		select {
		case err := <-done:
			done <- err // for the cleanup
			t.Fatalf("devnet ended: %v\n%s", err, stderr.String())
		case <-time.After(50 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("devnet printed no address:\n%s", stderr.String())
		}
	}
	var tokens []string
	for _, line := range strings.Split(strings.TrimSpace(stdout.String()), "\n") {
		f := strings.Split(line, "\t")
		tokens = append(tokens, f[len(f)-1])
	}
	return url, tokens
}

// TestDevnetServes runs 'audit devnet --listen 127.0.0.1:0', reads the
// holders of every printed token over its JSON-RPC with 'audit holders
// --rpc', compares them with the embedded chain read in process, and stops
// the server by cancelling its context.
func TestDevnetServes(t *testing.T) {
	url, tokens := startDevnet(t)
	holders := func(args ...string) []holdersJSON {
		t.Helper()
		for _, tok := range tokens {
			args = append(args, "--token", tok)
		}
		out, errOut, code := runAudit(t, append([]string{"holders", "--format", "json"}, args...)...)
		if code != 0 {
			t.Fatalf("holders %v: exit %d\n%s", args, code, errOut)
		}
		var got holdersOutput
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatalf("holders output: %v\n%s", err, out)
		}
		return got.Tokens
	}
	served, embedded := holders("--rpc", url), holders()
	if len(served) != 3 || len(served) != len(embedded) {
		t.Fatalf("%d tokens served, %d embedded", len(served), len(embedded))
	}
	for i := range served {
		if served[i].Token != embedded[i].Token || served[i].BlockHash != embedded[i].BlockHash ||
			len(served[i].Holders) == 0 || !equalHolders(served[i].Holders, embedded[i].Holders) {
			t.Errorf("token %s over devnet differs from the embedded read", embedded[i].Token)
		}
	}

	// A node URL holding a password and an API key (as hosted nodes' URLs
	// do, in the path or the query) reaches the node but is never written
	// into the report, nor into an error.
	secretURL := strings.Replace(url, "http://", "http://user:s3cret@", 1) + "/v3/APIKEY0123?key=QUERYKEY"
	out, errOut, code := runAudit(t, "scan", "--rpc", secretURL, "--token", tokens[0], "--sanctions", "../../fixtures/sanctions/sdn.csv",
		"--list-date", "2024-05-03", "--format", "json", "--fail-on", "critical")
	if code != 0 && code != 3 {
		t.Fatalf("scan with a secret URL: exit %d\n%s", code, errOut)
	}
	bare := strings.TrimPrefix(url, "http://")
	if !strings.Contains(out, `"endpoint": "http://`+bare+`/…?…"`) {
		t.Errorf("report does not record the node as http://%s/…?…", bare)
	}
	_, badErr, _ := runAudit(t, "scan", "--rpc", "http://user:s3cret@127.0.0.1:1/v3/APIKEY0123?key=QUERYKEY", "--token", tokens[0],
		"--sanctions", "../../fixtures/sanctions/sdn.csv", "--rpc-timeout", "2s")
	for _, secret := range []string{"s3cret", "APIKEY0123", "QUERYKEY"} {
		if strings.Contains(out+errOut, secret) || strings.Contains(badErr, secret) {
			t.Errorf("%s written out:\n%s\n%s", secret, errOut, badErr)
		}
	}
	if !strings.Contains(badErr, "127.0.0.1:1") {
		t.Errorf("error on an unreachable node does not name it: %s", badErr)
	}
}

func equalHolders(a, b []holderJSON) bool { return reflect.DeepEqual(a, b) }

func TestDevnetRefusesPublicListen(t *testing.T) {
	app := newApp()
	var stdout, stderr bytes.Buffer
	app.Writer, app.ErrWriter = &stdout, &stderr
	for _, args := range [][]string{
		{"devnet", "--listen", "0.0.0.0:8545"},
		{"devnet", "--listen", "192.0.2.1:8545"},
		{"devnet", "--listen", "127.0.0.1:0", "--rpc", "http://127.0.0.1:1"},
	} {
		err := app.Run(append([]string{"audit"}, args...))
		if code := exitCode(err); code != exitUsage {
			t.Errorf("audit %s: exit %d (%v), want %d", strings.Join(args, " "), code, err, exitUsage)
		}
	}
}

func TestIsLoopback(t *testing.T) {
	for addr, want := range map[string]bool{"127.0.0.1:8545": true, "[::1]:1": true, "localhost:80": true,
		"0.0.0.0:8545": false, ":8545": false, "10.0.0.1:1": false, "nonsense": false} {
		if got := isLoopback(addr); got != want {
			t.Errorf("isLoopback(%q) = %v", addr, got)
		}
	}
}
