//go:build unix

package chain

import (
	"syscall"
	"time"
)

// processCPU is the CPU time (user and system) the process has used, which
// other processes on a loaded machine change far less than wall time.
func processCPU() time.Duration {
	var u syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &u) != nil {
		return 0
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}
