package main

import (
	"testing"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/tokenaudit/audit/internal/chain"
)

// TestRPCCallTimeout checks how --rpc-timeout reaches chain.Dial: not
// given, the default; 0, no limit (as --help says); negative, a usage error.
func TestRPCCallTimeout(t *testing.T) {
	for _, tt := range []struct {
		args  []string
		want  time.Duration
		usage bool
	}{
		{nil, chain.DefaultCallTimeout, false},
		{[]string{"--rpc-timeout", "0"}, chain.NoCallTimeout, false},
		{[]string{"--rpc-timeout", "90s"}, 90 * time.Second, false},
		{[]string{"--rpc-timeout", "-1s"}, 0, true},
	} {
		var got time.Duration
		var err error
		app := &cli.App{Flags: []cli.Flag{rpcTimeoutFlag}, Action: func(c *cli.Context) error {
			got, err = rpcCallTimeout(c)
			return nil
		}}
		if runErr := app.Run(append([]string{"audit"}, tt.args...)); runErr != nil {
			t.Fatalf("%v: %v", tt.args, runErr)
		}
		switch {
		case tt.usage && err == nil:
			t.Errorf("%v: %v accepted", tt.args, got)
		case !tt.usage && err != nil:
			t.Errorf("%v: %v", tt.args, err)
		case !tt.usage && got != tt.want:
			t.Errorf("%v: %v, want %v", tt.args, got, tt.want)
		}
	}
}
