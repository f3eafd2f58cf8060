package chain

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"strings"
	"sync"
	"syscall"
	"time"
)

// Default limits of a MetadataFetcher.
const (
	DefaultMetadataBytes   = 256 << 10
	DefaultMetadataTimeout = 10 * time.Second
	DefaultMetadataBudget  = 5 * time.Minute
)

// maxURI is the longest metadata URI a claim keeps and reads: a data: URI
// of a document of DefaultMetadataBytes in base64 fits.
const maxURI = 512 << 10

// MetadataFetcher reads token metadata documents named by tokenURI and
// contractURI. data: URIs are always decoded; ipfs:// URIs are read through
// Gateway when it is set; http(s) URIs only when AllowHTTP; file:// URIs and
// plain paths only when AllowFiles, and only regular files (not a pipe, a
// device or a directory). Every read is cut at MaxBytes and
// Timeout; a larger or slower document is an error, never a partial read.
// All the reads of one fetcher but data: URIs together take at most Budget:
// once it is spent, Fetch fails at once saying so, so that a token of many
// ids whose URIs answer slowly cannot hold the audit for days.
type MetadataFetcher struct {
	Gateway    string // e.g. "https://ipfs.io"; "/ipfs/CID/path" is appended
	AllowHTTP  bool
	AllowFiles bool
	MaxBytes   int64         // default DefaultMetadataBytes
	Timeout    time.Duration // default DefaultMetadataTimeout
	Budget     time.Duration // default DefaultMetadataBudget
	Client     *http.Client  // default: a client with Timeout

	mu    sync.Mutex
	spent time.Duration // by reads so far
}

// ErrMetadataBudget means the fetcher's Budget was spent by earlier reads.
var ErrMetadataBudget = errors.New("not fetched: the time allowed for reading metadata documents was spent")

// take returns the time the next read may take (Timeout, or what is left
// of Budget if less) and a function to call when it is done, or
// ErrMetadataBudget.
func (f *MetadataFetcher) take() (time.Duration, func(), error) {
	timeout := f.Timeout
	if timeout <= 0 {
		timeout = DefaultMetadataTimeout
	}
	budget := f.Budget
	if budget <= 0 {
		budget = DefaultMetadataBudget
	}
	f.mu.Lock()
	left := budget - f.spent
	f.mu.Unlock()
	if left <= 0 {
		return 0, nil, fmt.Errorf("%w (%s in all)", ErrMetadataBudget, budget)
	}
	start := time.Now()
	return min(timeout, left), func() {
		f.mu.Lock()
		f.spent += time.Since(start)
		f.mu.Unlock()
	}, nil
}

// ErrFetchNotAllowed means a metadata URI names a source the fetcher was not
// allowed to read (http(s) without AllowHTTP, files without AllowFiles, ipfs
// without a gateway).
var ErrFetchNotAllowed = errors.New("fetching this metadata URI is not allowed")

// Fetch returns the document a metadata URI names, within the limits.
func (f *MetadataFetcher) Fetch(ctx context.Context, uri string) ([]byte, error) {
	if doc, ok := decodeDataURI(uri); ok {
		if int64(len(doc)) > f.maxBytes() {
			return nil, fmt.Errorf("metadata %.40s: larger than %d bytes", uri, f.maxBytes())
		}
		return doc, nil
	}
	u, err := url.Parse(uri)
	switch {
	case err == nil && u.Scheme == "ipfs":
		if f.Gateway == "" {
			return nil, fmt.Errorf("metadata %s: %w (set --ipfs-gateway)", uri, ErrFetchNotAllowed)
		}
		path := strings.TrimPrefix(strings.TrimPrefix(uri, "ipfs://"), "ipfs/")
		if dotSegment(path) {
			return nil, fmt.Errorf("metadata %s: an ipfs path with a . or .. segment, which would name another path of the gateway: not read", uri)
		}
		return f.get(ctx, strings.TrimRight(f.Gateway, "/")+"/ipfs/"+path, uri)
	case err == nil && (u.Scheme == "http" || u.Scheme == "https"):
		if !f.AllowHTTP {
			return nil, fmt.Errorf("metadata %s: %w (use --allow-fetch)", uri, ErrFetchNotAllowed)
		}
		return f.get(ctx, uri, uri)
	case err == nil && u.Scheme == "file", err == nil && u.Scheme == "" && uri != "":
		if !f.AllowFiles {
			return nil, fmt.Errorf("metadata %s: %w (use --allow-fetch)", uri, ErrFetchNotAllowed)
		}
		path := uri
		if u.Scheme == "file" {
			path = u.Path
		}
		return f.readFile(ctx, path, uri)
	}
	return nil, fmt.Errorf("metadata %.80q: unsupported URI", uri)
}

// dotSegment reports whether a URL path has a "." or ".." segment, as
// written or percent-encoded, between slashes or backslashes (which some
// servers take for slashes).
func dotSegment(path string) bool {
	if p, err := url.PathUnescape(path); err == nil {
		path = p
	}
	for _, seg := range strings.FieldsFunc(path, func(r rune) bool { return r == '/' || r == '\\' || r == '?' || r == '#' }) {
		if seg == "." || seg == ".." {
			return true
		}
	}
	return false
}

// readFile reads the regular file at path within the fetcher's limits:
// opening a named pipe waits for a writer, and a device may never end.
func (f *MetadataFetcher) readFile(ctx context.Context, path, uri string) ([]byte, error) {
	timeout, done, err := f.take()
	if err != nil {
		return nil, fmt.Errorf("metadata %.80s: %w", uri, err)
	}
	defer done()
	if st, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("metadata %s: %w", uri, err)
	} else if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("metadata %s: not a regular file (%s)", uri, st.Mode().Type())
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	type result struct {
		doc []byte
		err error
	}
	ch := make(chan result, 1)
	go func() { // a slow disk has no deadline of its own
		file, err := os.Open(path)
		if err != nil {
			ch <- result{nil, fmt.Errorf("metadata %s: %w", uri, err)}
			return
		}
		defer file.Close()
		doc, err := f.readLimited(file, uri)
		ch <- result{doc, err}
	}()
	select {
	case r := <-ch:
		return r.doc, r.err
	case <-ctx.Done():
		return nil, fmt.Errorf("metadata %s: %w", uri, ctx.Err())
	}
}

func (f *MetadataFetcher) maxBytes() int64 {
	if f.MaxBytes > 0 {
		return f.MaxBytes
	}
	return DefaultMetadataBytes
}

func (f *MetadataFetcher) get(ctx context.Context, target, uri string) ([]byte, error) {
	timeout, done, err := f.take()
	if err != nil {
		return nil, fmt.Errorf("metadata %.80s: %w", uri, err)
	}
	defer done()
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, target, nil)
	if err != nil {
		return nil, fmt.Errorf("metadata %s: %w", uri, err)
	}
	client := f.Client
	if client == nil {
		client = &http.Client{Timeout: timeout, Transport: metadataTransport}
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("metadata %s: %w", uri, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("metadata %s: HTTP %s", uri, resp.Status)
	}
	return f.readLimited(resp.Body, uri)
}

// metadataTransport is the default transport of metadata reads: the
// default one, except that it never connects to a link-local, multicast or
// unspecified address, whether a token's URI names it or a server
// redirects there. 169.254.169.254 is where cloud machines serve their
// instance metadata and credentials: a hostile token's tokenURI must not
// make an audit run with --allow-fetch read them (its name could carry
// them into the report). Loopback and private addresses stay allowed (a
// local gateway, a test server). Through an HTTP proxy the check applies
// to the proxy's address.
var metadataTransport = func() *http.Transport {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.DialContext = (&net.Dialer{Timeout: 30 * time.Second, KeepAlive: 30 * time.Second, Control: refuseLinkLocal}).DialContext
	return t
}()

// refuseLinkLocal is a net.Dialer Control refusing, before any packet is
// sent, the addresses metadataTransport never connects to.
func refuseLinkLocal(network, address string, _ syscall.RawConn) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return err
	}
	ip := net.ParseIP(host)
	if ip != nil && (ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() || ip.IsInterfaceLocalMulticast() || ip.IsMulticast() || ip.IsUnspecified()) {
		return fmt.Errorf("%s is a link-local, multicast or unspecified address (where cloud machines serve their credentials): metadata is never read from it", host)
	}
	return nil
}

func (f *MetadataFetcher) readLimited(r io.Reader, uri string) ([]byte, error) {
	doc, err := io.ReadAll(io.LimitReader(r, f.maxBytes()+1))
	if err != nil {
		return nil, fmt.Errorf("metadata %s: %w", uri, err)
	}
	if int64(len(doc)) > f.maxBytes() {
		return nil, fmt.Errorf("metadata %s: larger than %d bytes", uri, f.maxBytes())
	}
	return doc, nil
}

// claimFromURI reads the claim a metadata URI makes: through the reader's
// fetcher when it has one, else from data: URIs only. A document that
// cannot be fetched leaves the claim with its URI only, and the reason in
// Unread.
func (r *reader) claimFromURI(ctx context.Context, uri string) AssetClaim {
	if len(uri) > maxURI {
		return longURIClaim(uri, len(uri))
	}
	if r.opts.Metadata == nil {
		return ClaimFromMetadata(uri)
	}
	doc, err := r.opts.Metadata.Fetch(ctx, uri)
	if err != nil {
		return AssetClaim{URI: uri, Unread: err.Error()}
	}
	return ClaimFromDocument(uri, doc)
}

// longURIClaim is the claim of a metadata URI of size bytes, more than
// maxURI: the URI's first kilobyte, and Unread saying it was not read.
func longURIClaim(uri string, size int) AssetClaim {
	return AssetClaim{URI: strings.ToValidUTF8(uri[:min(len(uri), 1024)], "") + "…",
		Unread: fmt.Sprintf("a URI of %d bytes, more than the limit of %d: not read, shown cut", size, maxURI)}
}
