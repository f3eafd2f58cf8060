package chain

// DecodeString decodes a call's answer as the reader decodes a token's
// name, symbol and claims (imo(), contractURI(), tokenURI(id), uri(id)):
// an ABI-encoded string, or a bytes32 as some old tokens return; false
// when out is neither. It never reads past out.
func DecodeString(out []byte) (string, bool) { return decodeString(out) }
