/*
Audit reconciles the holders of tokens that claim to own ships against vessel
and company registries and sanctions lists, and reports sanctioned, unknown or
hidden beneficial owners with evidence a lawyer can cite.

Usage:

	audit demo [--out DIR]
	audit scan [--rpc URL --token ADDR... [--block N|latest|safe|finalized]]
	           --registry FILE... --sanctions FILE... [--format text|json|xlsx|html]
	           [--out PATH] [--archive DIR] [--fail-on SEVERITY]
	audit holders [--rpc URL] --token ADDR [--block N] [--format csv|json]
	audit registry check FILE... [--format text|json] [--fail-on SEVERITY]
	audit registry extract --out PATH (--company NUMBER... | --companies-from FILE...) SNAPSHOT
	audit screen [--sanctions FILE...] [--format text|json|csv] [--queries FILE...] [QUERY...]
	audit screen [--sanctions FILE...] --pairs FILE.csv
	audit render REPORT.json [--format text|json|xlsx|html] [--out PATH]
	audit diff OLD.json NEW.json [--format text|json] [--fail-on SEVERITY]
	audit verify REPORT.json [--inputs DIR] [--rpc URL [--rpc-timeout DURATION]] [--format text|json]
	audit devnet [--listen 127.0.0.1:8545] | audit devnet --rpc URL [--plan FILE]

The JSON report is the canonical result (schema in docs/report-schema.json);
every other format is rendered from it, so render reproduces any format from
an archived report. The JSON of screen, holders, registry check, verify and
diff starts with its own schema_version and tool_version (docs/json-outputs.md).
Rule ids are listed in docs/rules.md.

Exit codes: 0 no finding at or above --fail-on (default high); 3 findings at
or above it; 2 usage error; 1 any other failure. Messages go to stderr as
"audit: ...", reports to stdout or --out.

Setting SOURCE_DATE_EPOCH (whole seconds since 1970) pins the report's
generated_at, so that two runs on the same inputs and block give
byte-identical JSON; any other value is a usage error.
*/
package main
