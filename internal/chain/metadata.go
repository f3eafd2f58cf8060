package chain

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"
)

// Default limits of a MetadataFetcher.
const (
	DefaultMetadataBytes   = 256 << 10
	DefaultMetadataTimeout = 10 * time.Second
)

// MetadataFetcher reads token metadata documents named by tokenURI and
// contractURI. data: URIs are always decoded; ipfs:// URIs are read through
// Gateway when it is set; http(s) URIs only when AllowHTTP; file:// URIs and
// plain paths only when AllowFiles, and only regular files (not a pipe, a
// device or a directory). Every read is cut at MaxBytes and
// Timeout; a larger or slower document is an error, never a partial read.
type MetadataFetcher struct {
	Gateway    string // e.g. "https://ipfs.io"; "/ipfs/CID/path" is appended
	AllowHTTP  bool
	AllowFiles bool
	MaxBytes   int64         // default DefaultMetadataBytes
	Timeout    time.Duration // default DefaultMetadataTimeout
	Client     *http.Client  // default: a client with Timeout
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
		// Only a regular file: opening a named pipe waits for a writer,
		// and a device may never end.
		if st, err := os.Stat(path); err != nil {
			return nil, fmt.Errorf("metadata %s: %w", uri, err)
		} else if !st.Mode().IsRegular() {
			return nil, fmt.Errorf("metadata %s: not a regular file (%s)", uri, st.Mode().Type())
		}
		file, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("metadata %s: %w", uri, err)
		}
		defer file.Close()
		return f.readLimited(file, uri)
	}
	return nil, fmt.Errorf("metadata %.80q: unsupported URI", uri)
}

func (f *MetadataFetcher) maxBytes() int64 {
	if f.MaxBytes > 0 {
		return f.MaxBytes
	}
	return DefaultMetadataBytes
}

func (f *MetadataFetcher) get(ctx context.Context, target, uri string) ([]byte, error) {
	timeout := f.Timeout
	if timeout <= 0 {
		timeout = DefaultMetadataTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, target, nil)
	if err != nil {
		return nil, fmt.Errorf("metadata %s: %w", uri, err)
	}
	client := f.Client
	if client == nil {
		client = &http.Client{Timeout: timeout}
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
	if r.opts.Metadata == nil {
		return ClaimFromMetadata(uri)
	}
	doc, err := r.opts.Metadata.Fetch(ctx, uri)
	if err != nil {
		return AssetClaim{URI: uri, Unread: err.Error()}
	}
	return ClaimFromDocument(uri, doc)
}
